package org.athanor.engine.impl.config;

import java.lang.reflect.Array;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.athanor.engine.EngineOptions;
import org.athanor.engine.URL;
import org.athanor.exc.ArgumentException;

/**
 * An engine as a configuration describes it: its name, its URL (with the password of a {@code .password} or
 * {@code password} property merged in) and its options, read from the properties of a factory configuration of
 * PID {@value #FACTORY_PID} (described for configuration tools by the bundle's Metatype).
 *
 * <p>Every key that is not {@code name}, {@code url} or a password, and is not one the framework adds
 * ({@code service.*}, {@code component.*}, {@code felix.*}, {@code osgi.*}, other private {@code .keys},
 * reference {@code *.target}s), is an engine option for {@link EngineOptions#fromMap}: snake_case or camelCase,
 * {@code connect_args.NAME}, {@code execution_options.NAME}, or an option of the dialect. Blank values count as
 * absent, so an empty field of a form means "the default".
 *
 * <p>{@link #toString()} never shows the password. Immutable and thread-safe.
 *
 * @param name the engine's name
 * @param url the URL, password included
 * @param options the engine options
 */
public record EngineSpec(String name, URL url, EngineOptions options) {
    /** The factory PID of engine configurations. */
    public static final String FACTORY_PID = "org.athanor.engine";
    /** The key of the engine's name. */
    public static final String NAME = "name";
    /** The key of the URL. */
    public static final String URL_KEY = "url";
    /** The private key of the password, per Configuration Admin's convention. */
    public static final String PRIVATE_PASSWORD = ".password";
    /** The plain key of the password. */
    public static final String PASSWORD = "password";

    /**
     * Reads a configuration.
     *
     * @param properties the configuration's properties
     * @return the engine it describes
     * @throws ArgumentException saying what is missing or wrong (never showing the password)
     */
    public static EngineSpec from(Map<String, ?> properties) {
        String name = single(properties, NAME);
        if (name == null) {
            throw new ArgumentException("The engine configuration has no '" + NAME + "': give the engine a name,"
                    + " such as name = default.");
        }
        String url = single(properties, URL_KEY);
        if (url == null) {
            throw new ArgumentException("The configuration of engine '" + name + "' has no '" + URL_KEY
                    + "': give a database URL, such as url = sqlite:///app.db.");
        }
        URL parsed;
        EngineOptions options;
        try {
            parsed = URL.parse(url);
            String password = password(properties);
            if (password != null) {
                parsed = parsed.withPassword(password);
            }
            options = EngineOptions.fromMap(options(properties));
        } catch (ArgumentException e) {
            throw new ArgumentException("The configuration of engine '" + name + "' is wrong: " + e.getMessage(), e);
        }
        return new EngineSpec(name, parsed, options);
    }

    /**
     * Tells whether a configuration key is an engine option rather than the name, URL, password or a key the
     * framework adds.
     *
     * @param key the key
     * @return whether it is an option
     */
    public static boolean isOption(String key) {
        String k = key.toLowerCase(Locale.ROOT);
        return !(k.equals(NAME) || k.equals(URL_KEY) || k.equals(PASSWORD) || k.startsWith(".")
                || k.startsWith("service.") || k.startsWith("component.") || k.startsWith("felix.")
                || k.startsWith("osgi.") || k.endsWith(".target"));
    }

    private static String password(Map<String, ?> properties) {
        Object value = properties.get(PRIVATE_PASSWORD);
        if (value == null) {
            value = properties.get(PASSWORD);
        }
        if (value instanceof char[] chars) {
            return chars.length == 0 ? null : new String(chars);
        }
        String text = value == null ? null : unwrap(PASSWORD, value).toString();
        return text == null || text.isEmpty() ? null : text;
    }

    private static Map<String, Object> options(Map<String, ?> properties) {
        Map<String, Object> out = new LinkedHashMap<>();
        properties.forEach((key, value) -> {
            if (isOption(key) && value != null) {
                Object v = unwrap(key, value);
                if (!(v instanceof String s && s.isBlank())) {
                    out.put(key, v instanceof String s ? s.trim() : v);
                }
            }
        });
        return out;
    }

    private static String single(Map<String, ?> properties, String key) {
        Object value = properties.get(key);
        if (value == null) {
            return null;
        }
        String text = unwrap(key, value).toString().trim();
        return text.isEmpty() ? null : text;
    }

    /** A one-element array or collection stands for its element; more elements are an error. */
    private static Object unwrap(String key, Object value) {
        if (value instanceof Collection<?> c) {
            if (c.size() != 1) {
                throw new ArgumentException("Engine setting '" + key + "' takes one value, not " + c.size() + ".");
            }
            return c.iterator().next();
        }
        if (value.getClass().isArray() && !(value instanceof char[])) {
            if (Array.getLength(value) != 1) {
                throw new ArgumentException("Engine setting '" + key + "' takes one value, not "
                        + Array.getLength(value) + ".");
            }
            return Array.get(value, 0);
        }
        return value;
    }

    @Override
    public String toString() {
        return "engine '" + name + "' on " + url + " with " + options;
    }
}
