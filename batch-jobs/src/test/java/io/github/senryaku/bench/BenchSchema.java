package io.github.senryaku.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A fresh, empty schema of the PostgreSQL that {@code SENRYAKU_JDBC_URL} names, so that each line of the
 * benchmark writes into a store of its own, as the H2 lines each get a new data folder.
 *
 * <p>Run as a program: {@code BenchSchema create NAME} prints the JDBC URL of the new schema (the given URL
 * with {@code currentSchema=NAME}); {@code BenchSchema drop NAME} drops it with everything in it.
 */
public final class BenchSchema {

    private BenchSchema() {
    }

    public static void main(String[] args) throws SQLException {
        String url = System.getenv("SENRYAKU_JDBC_URL");
        String name = args[1];
        if (!name.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("a schema name of lower-case letters, digits and _: " + name);
        }
        try (Connection connection = DriverManager.getConnection(url, System.getenv("SENRYAKU_JDBC_USER"),
                System.getenv("SENRYAKU_JDBC_PASSWORD")); Statement statement = connection.createStatement()) {
            switch (args[0]) {
                case "create" -> {
                    statement.execute("DROP SCHEMA IF EXISTS " + name + " CASCADE");
                    statement.execute("CREATE SCHEMA " + name);
                    System.out.println(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + name);
                }
                case "drop" -> statement.execute("DROP SCHEMA IF EXISTS " + name + " CASCADE");
                default -> throw new IllegalArgumentException("create or drop, not " + args[0]);
            }
        }
    }
}
