package org.athanor.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.athanor.exc.AthanorException;

/**
 * The folder the distribution keeps its state in, {@code ./athanor} next to where it runs unless the
 * {@code athanor.home} property names another one.
 *
 * <p>Layout: {@code deploy/} (watched by FileInstall: bundle jars and {@code .cfg} files dropped here are
 * installed and applied), {@code etc/} (also watched; the shipped configurations and {@code gosh_profile}),
 * {@code data/} (the default engine's SQLite file) and {@code data/config/} (Configuration Admin's storage, so
 * configurations made at runtime survive a restart).
 *
 * <p>The first start, meaning the start that creates {@code etc/}, copies the shipped configurations into
 * {@code etc/}; later starts never overwrite or re-create them, so a user's edits and deletions stay (and
 * nothing else writes them: FileInstall runs with {@code felix.fileinstall.enableConfigSave=false}). Delete
 * {@code etc/} to get the shipped files back. {@code etc/gosh_profile} is re-created whenever it is missing,
 * because the Gogo shell misbehaves without one.
 *
 * <p>Thread safety: immutable; {@link #prepare()} touches the file system and is meant to be called once,
 * before the services that use the folder start.
 */
public final class WorkingFolder {
    /** The property naming the working folder. */
    public static final String HOME_PROPERTY = "athanor.home";
    /** The working folder used when {@link #HOME_PROPERTY} is not set, relative to the current directory. */
    public static final String DEFAULT_HOME = "athanor";
    /** The file of the shipped factory configuration of the engine named {@code default}. */
    public static final String DEFAULT_ENGINE_CFG = "org.athanor.engine-default.cfg";
    /** The Gogo profile every login shell sources. */
    public static final String GOSH_PROFILE = "gosh_profile";
    /** The placeholder in shipped files that stands for the absolute path of {@code data/}. */
    static final String DATA_PLACEHOLDER = "@ATHANOR_DATA@";

    private static final String DEFAULTS = "/defaults/etc/";

    private final Path home;

    /**
     * Creates the working folder at the given place; nothing is created until {@link #prepare()}.
     *
     * @param home the folder, made absolute against the current directory
     */
    public WorkingFolder(Path home) {
        this.home = Objects.requireNonNull(home, "home").toAbsolutePath().normalize();
    }

    /**
     * Returns the working folder named by a property value, or the default {@code ./athanor}.
     *
     * @param property the value of {@link #HOME_PROPERTY}, or {@code null} or blank for the default
     * @return the working folder
     */
    public static WorkingFolder of(String property) {
        return new WorkingFolder(Path.of(property == null || property.isBlank() ? DEFAULT_HOME : property.trim()));
    }

    /**
     * Returns the working folder itself.
     *
     * @return its absolute path
     */
    public Path home() {
        return home;
    }

    /**
     * Returns the folder FileInstall watches for the bundles and configurations users drop in.
     *
     * @return {@code deploy/} in the working folder
     */
    public Path deploy() {
        return home.resolve("deploy");
    }

    /**
     * Returns the folder of the shipped configurations and the Gogo profile, also watched by FileInstall.
     *
     * @return {@code etc/} in the working folder
     */
    public Path etc() {
        return home.resolve("etc");
    }

    /**
     * Returns the folder of the default engine's database.
     *
     * @return {@code data/} in the working folder
     */
    public Path data() {
        return home.resolve("data");
    }

    /**
     * Returns the folder Configuration Admin stores its configurations in.
     *
     * @return {@code data/config/} in the working folder
     */
    public Path configStore() {
        return data().resolve("config");
    }

    /**
     * Creates the folders that are missing and copies the shipped files on the first start.
     *
     * @return {@code true} if this was the first start (the call created {@code etc/} and filled it)
     * @throws AthanorException if a folder or file cannot be written; the message names it
     */
    public boolean prepare() {
        boolean first = !Files.isDirectory(etc());
        for (Path folder : new Path[] {home, deploy(), etc(), data(), configStore()}) {
            try {
                Files.createDirectories(folder);
            } catch (IOException e) {
                throw new AthanorException("Cannot create the folder " + folder
                        + " (" + e + "); run from a writable folder or set -D" + HOME_PROPERTY + "=<writable folder>", e);
            }
        }
        if (first) {
            copyDefault(DEFAULT_ENGINE_CFG);
        }
        if (!Files.exists(etc().resolve(GOSH_PROFILE))) {
            copyDefault(GOSH_PROFILE);
        }
        return first;
    }

    /**
     * Returns the properties that point the framework's services at this folder: FileInstall's watched
     * folders, Configuration Admin's storage, the Gogo shell's home, and {@link #HOME_PROPERTY} itself.
     *
     * @return the property names and values, in a stable order
     */
    public Map<String, String> serviceProperties() {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put(HOME_PROPERTY, home.toString());
        properties.put("felix.fileinstall.dir", deploy() + "," + etc());
        properties.put("felix.cm.dir", configStore().toString());
        properties.put("gosh.home", home.toString());
        return properties;
    }

    private void copyDefault(String name) {
        Path target = etc().resolve(name);
        try (InputStream in = WorkingFolder.class.getResourceAsStream(DEFAULTS + name)) {
            if (in == null) {
                throw new AthanorException("The runtime bundle lacks its resource " + DEFAULTS + name);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace(DATA_PLACEHOLDER, data().toString().replace('\\', '/'));
            Files.writeString(target, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AthanorException("Cannot write " + target + " (" + e
                    + "); run from a writable folder or set -D" + HOME_PROPERTY + "=<writable folder>", e);
        }
    }
}
