package org.athanor.engine;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Masks secret-looking connect arguments for display. Not public API. */
final class ConnectArgs {
    private ConnectArgs() {
    }

    static Map<String, Object> mask(Map<String, Object> args) {
        Map<String, Object> out = new LinkedHashMap<>();
        args.forEach((k, v) -> out.put(k, isSecret(k) ? "***" : v));
        return out;
    }

    static boolean isSecret(String key) {
        String k = key.toLowerCase(Locale.ROOT);
        return k.contains("password") || k.contains("secret") || k.contains("token") || k.equals("pwd");
    }
}
