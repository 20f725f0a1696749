package org.athanor.readme;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads tagged regions of test sources and fenced code blocks of the README, so tests can check that the
 * README shows exactly the code the tests compile and run.
 */
final class ReadmeSnippets {
    private ReadmeSnippets() {
    }

    /** The repository's README.md, found from the module folder the tests run in. */
    static Path readme() {
        Path dir = Path.of("").toAbsolutePath();
        for (Path d = dir; d != null; d = d.getParent()) {
            Path p = d.resolve("README.md");
            if (Files.exists(p) && Files.exists(d.resolve("engine.api"))) {
                return p;
            }
        }
        throw new IllegalStateException("README.md not found above " + dir);
    }

    /** The lines between {@code // tag::NAME[]} and {@code // end::NAME[]} in a source file, dedented. */
    static List<String> region(Path source, String name) throws IOException {
        List<String> out = new ArrayList<>();
        boolean in = false;
        for (String line : Files.readAllLines(source)) {
            if (line.trim().equals("// tag::" + name + "[]")) {
                in = true;
            } else if (line.trim().equals("// end::" + name + "[]")) {
                return dedent(out);
            } else if (in) {
                out.add(line);
            }
        }
        throw new IllegalStateException("No region '" + name + "' in " + source);
    }

    /** The fenced block that follows the line {@code <!-- snippet:NAME -->} in the README. */
    static List<String> readmeBlock(String name) throws IOException {
        return block(readme(), name);
    }

    /** The fenced block that follows the line {@code <!-- snippet:NAME -->} in a Markdown file. */
    static List<String> block(Path markdown, String name) throws IOException {
        List<String> lines = Files.readAllLines(markdown);
        int i = lines.indexOf("<!-- snippet:" + name + " -->");
        if (i < 0) {
            throw new IllegalStateException(markdown.getFileName() + " has no '<!-- snippet:" + name
                    + " -->' marker");
        }
        List<String> out = new ArrayList<>();
        int j = i + 1;
        while (!lines.get(j).startsWith("```")) {
            j++;
        }
        for (j++; !lines.get(j).startsWith("```"); j++) {
            out.add(lines.get(j));
        }
        return dedent(out);
    }

    static Path testSource(Class<?> type) {
        Path module = Path.of("").toAbsolutePath();
        return module.resolve("src/test/java/" + type.getName().replace('.', '/') + ".java");
    }

    private static List<String> dedent(List<String> lines) {
        int min = Integer.MAX_VALUE;
        for (String l : lines) {
            if (!l.isBlank()) {
                min = Math.min(min, l.length() - l.stripLeading().length());
            }
        }
        List<String> out = new ArrayList<>();
        for (String l : lines) {
            out.add(l.isBlank() ? "" : l.substring(min).stripTrailing());
        }
        return out;
    }
}
