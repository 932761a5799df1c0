package io.github.senryaku.server.auth;

import io.github.senryaku.server.auth.Accounts.Account;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * What {@code users.txt} holds, read as an administrator's editor may have left it: a UTF-8 BOM before the
 * first line and CRLF line ends are ignored; blank lines, {@code #} comments and lines that are not
 * {@code NAME ROLE HASH} are skipped (a bad role is logged). A name written on two or more lines is no
 * account at all: which line was meant cannot be known, so that account cannot sign in until the file
 * holds it once (the log names the lines; {@code senryaku user add NAME} writes it again as one line).
 */
final class UsersFile {

    private static final Logger LOG = Logger.getLogger(UsersFile.class.getName());

    /**
     * @param accounts   the accounts that can sign in, in file order
     * @param duplicated each name written more than once, with its line numbers (from 1)
     */
    record Listing(Map<String, Account> accounts, Map<String, List<Integer>> duplicated) {
    }

    private UsersFile() {
    }

    static Listing read(Path file) throws IOException {
        Map<String, Account> accounts = new LinkedHashMap<>();
        Map<String, List<Integer>> lineNumbers = new LinkedHashMap<>();
        if (!Files.exists(file)) {
            return new Listing(accounts, Map.of());
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = (i == 0 && lines.get(0).startsWith("\uFEFF") ? lines.get(0).substring(1) : lines.get(i)).strip();
            String[] parts = line.split("\\s+");
            if (line.startsWith("#") || parts.length != 3) {
                continue;
            }
            int number = i + 1;
            lineNumbers.computeIfAbsent(parts[0], name -> new ArrayList<>()).add(number);
            try {
                accounts.putIfAbsent(parts[0], new Account(parts[0], Role.parse(parts[1]), parts[2]));
            } catch (IllegalArgumentException badRole) {
                LOG.warning(() -> file + ":" + number + ": the line for " + parts[0] + " is skipped, its role "
                        + parts[1] + " is not finance, planning or admin");
            }
        }
        Map<String, List<Integer>> duplicated = new LinkedHashMap<>();
        lineNumbers.forEach((name, numbers) -> {
            if (numbers.size() > 1) {
                duplicated.put(name, List.copyOf(numbers));
                accounts.remove(name);
            }
        });
        return new Listing(accounts, duplicated);
    }
}
