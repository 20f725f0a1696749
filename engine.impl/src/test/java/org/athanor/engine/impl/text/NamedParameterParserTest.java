package org.athanor.engine.impl.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NamedParameterParserTest {

    private static ParsedText p(String sql) {
        return NamedParameterParser.parse(sql);
    }

    @Test
    void namesBecomePlaceholdersInOrder() {
        ParsedText t = p("select * from t where a = :a and b = :b_2 or a = :a");
        assertThat(t.sql()).isEqualTo("select * from t where a = ? and b = ? or a = ?");
        assertThat(t.names()).containsExactly("a", "b_2", "a");
    }

    @Test
    void textWithoutParametersIsReturnedAsIs() {
        String sql = "select 1";
        assertThat(p(sql).sql()).isSameAs(sql);
        assertThat(p(sql).names()).isEmpty();
    }

    @Test
    void backslashColonIsALiteralColon() {
        ParsedText t = p("select '12' || \\:x, :y");
        assertThat(t.sql()).isEqualTo("select '12' || :x, ?");
        assertThat(t.names()).containsExactly("y");
    }

    @Test
    void doubleColonCastsAreLeftAlone() {
        ParsedText t = p("select :v::text, x::int from t");
        assertThat(t.sql()).isEqualTo("select :v::text, x::int from t");
        assertThat(t.names()).isEmpty();
        ParsedText u = p("select cast(:v as text), y::varchar(10)");
        assertThat(u.sql()).isEqualTo("select cast(? as text), y::varchar(10)");
        assertThat(u.names()).containsExactly("v");
    }

    @Test
    void nothingIsReplacedInsideStringsIdentifiersOrComments() {
        String sql = "select ':a', 'it''s :b', \"col:c\", `x:d` -- :e\n /* :f */ from t where z = :g";
        ParsedText t = p(sql);
        assertThat(t.names()).containsExactly("g");
        assertThat(t.sql()).isEqualTo("select ':a', 'it''s :b', \"col:c\", `x:d` -- :e\n /* :f */ from t where z = ?");
    }

    @Test
    void aColonAfterAWordCharacterOrNotFollowedByANameIsText() {
        assertThat(p("select a:b, 1 : 2, :").names()).isEmpty();
        assertThat(p("select time '10:30:00'").names()).isEmpty();
    }

    @Test
    void unterminatedQuotesAndCommentsDoNotFail() {
        assertThat(p("select 'open :a").names()).isEmpty();
        assertThat(p("select /* open :a").names()).isEmpty();
        assertThat(p("select :a -- :b").names()).isEqualTo(List.of("a"));
    }

    @Test
    void namesMayUseUnicodeLettersAndStartWithUnderscore() {
        assertThat(p("values (:_x, :größe)").names()).containsExactly("_x", "größe");
    }
}
