package org.athanor.dialect;

/**
 * What the registry knows of one registered dialect, for listings such as the shell's
 * {@code engine:dialects}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param name the database name in URLs, such as {@code mysql}
 * @param driver the driver name, such as {@code mariadb}
 * @param defaultDriver whether {@code name://} resolves to this driver (the highest ranking default wins)
 * @param ranking the ranking among defaults of the same name; higher wins
 * @param source where it came from: {@code ServiceLoader}, {@code in-process}, or a bundle's symbolic name
 */
public record DialectInfo(String name, String driver, boolean defaultDriver, int ranking, String source) {

    /**
     * Returns the qualified name.
     *
     * @return {@code name+driver}
     */
    public String qualifiedName() {
        return name + "+" + driver;
    }
}
