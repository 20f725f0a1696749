package org.athanor.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkingFolderTest {
    @TempDir
    Path temp;

    @Test
    void theFirstStartCreatesTheLayoutAndTheDefaultEngineOnTheDataFolder() throws Exception {
        WorkingFolder folder = new WorkingFolder(temp.resolve("athanor"));

        assertThat(folder.prepare()).isTrue();

        assertThat(folder.deploy()).isDirectory();
        assertThat(folder.data()).isDirectory();
        assertThat(folder.configStore()).isDirectory();
        Path cfg = folder.etc().resolve(WorkingFolder.DEFAULT_ENGINE_CFG);
        String url = "sqlite:///" + folder.data().toString().replace('\\', '/') + "/athanor.db";
        assertThat(Files.readAllLines(cfg)).contains("name = default", "url = " + url);
        assertThat(Files.readString(cfg)).doesNotContain(WorkingFolder.DATA_PLACEHOLDER);
        assertThat(folder.etc().resolve(WorkingFolder.GOSH_PROFILE)).isRegularFile();
    }

    @Test
    void laterStartsKeepTheUsersEditsAndDeletions() throws Exception {
        WorkingFolder folder = new WorkingFolder(temp.resolve("athanor"));
        folder.prepare();
        Path cfg = folder.etc().resolve(WorkingFolder.DEFAULT_ENGINE_CFG);
        Files.writeString(cfg, "name = default\nurl = sqlite://\n");

        assertThat(new WorkingFolder(folder.home()).prepare()).isFalse();
        assertThat(cfg).hasContent("name = default\nurl = sqlite://\n");

        Files.delete(cfg);
        new WorkingFolder(folder.home()).prepare();
        assertThat(cfg).doesNotExist();
    }

    @Test
    void theGoshProfileComesBackWhenMissing() throws Exception {
        WorkingFolder folder = new WorkingFolder(temp.resolve("athanor"));
        folder.prepare();
        Files.delete(folder.etc().resolve(WorkingFolder.GOSH_PROFILE));

        folder.prepare();

        assertThat(folder.etc().resolve(WorkingFolder.GOSH_PROFILE)).isRegularFile();
    }

    @Test
    void thePropertiesPointTheServicesAtTheFolder() {
        WorkingFolder folder = new WorkingFolder(temp.resolve("athanor"));

        assertThat(folder.serviceProperties())
                .containsEntry(WorkingFolder.HOME_PROPERTY, folder.home().toString())
                .containsEntry("felix.fileinstall.dir", folder.deploy() + "," + folder.etc())
                .containsEntry("felix.cm.dir", folder.configStore().toString())
                .containsEntry("gosh.home", folder.home().toString());
    }

    @Test
    void withoutThePropertyTheFolderIsAthanorInTheCurrentDirectory() {
        Path expected = Path.of(WorkingFolder.DEFAULT_HOME).toAbsolutePath().normalize();

        assertThat(WorkingFolder.of(null).home()).isEqualTo(expected);
        assertThat(WorkingFolder.of("  ").home()).isEqualTo(expected);
        assertThat(WorkingFolder.of(temp.toString()).home()).isEqualTo(temp.toAbsolutePath().normalize());
    }
}
