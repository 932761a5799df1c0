package io.github.senryaku.server.auth;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The accounts of the upload page, in {@code <home>/users.txt}: one line per account,
 * {@code NAME ROLE HASH}, the hash from {@link PasswordHash}; readable by its owner only. Written by
 * {@code senryaku user add}, read by the server at each sign-in (so a new account works without a restart).
 * How hand edits are read (BOM, CRLF, a name on two lines): {@link UsersFile}.
 */
public final class Accounts {

    public static final String FILE_NAME = "users.txt";
    private static final Logger LOG = Logger.getLogger(Accounts.class.getName());
    static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    /** An account: its name, role and password hash. */
    public record Account(String name, Role role, String hash) {
    }

    private final Path file;

    public Accounts(Path home) {
        this.file = home.resolve(FILE_NAME);
    }

    public Path file() {
        return file;
    }

    /** The accounts that can sign in: a name written on more than one line is left out ({@link UsersFile}). */
    public Map<String, Account> all() throws IOException {
        return UsersFile.read(file).accounts();
    }

    public Optional<Account> find(String name) throws IOException {
        UsersFile.Listing listing = UsersFile.read(file);
        List<Integer> lines = listing.duplicated().get(name);
        if (lines != null) {
            LOG.warning(() -> file + ": account " + name + " is written on lines " + lines
                    + "; it cannot sign in until one line is left (senryaku user add " + name + " writes it as one)");
        }
        return Optional.ofNullable(listing.accounts().get(name));
    }

    /** Adds or replaces an account; the file is rewritten whole and kept private to its owner. */
    public synchronized void put(String name, Role role, char[] password) throws IOException {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("アカウント名は半角の英数字と . _ - で64文字以内にしてください: " + name);
        }
        if (password.length < 10) {
            throw new IllegalArgumentException("パスワードは10文字以上にしてください");
        }
        Files.createDirectories(file.getParent());
        // Each `user add` is a process of its own: a file lock keeps two from losing each other's account.
        try (java.nio.channels.FileChannel lock = java.nio.channels.FileChannel.open(file.resolveSibling("users.lock"),
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE);
                java.nio.channels.FileLock held = lock.lock()) {
            write(name, role, password);
        }
    }

    private void write(String name, Role role, char[] password) throws IOException {
        UsersFile.Listing listing = UsersFile.read(file);
        for (Map.Entry<String, List<Integer>> twice : listing.duplicated().entrySet()) {
            if (!twice.getKey().equals(name)) {
                // Rewriting would have to keep one of its lines; which one was meant only the administrator knows.
                throw new IllegalArgumentException(FILE_NAME + " にアカウント " + twice.getKey() + " の行が複数あります（"
                        + twice.getValue().stream().map(n -> n + "行目").collect(Collectors.joining("と")) + "）。1行だけ残すか、"
                        + "senryaku user add " + twice.getKey() + " で1行に置き換えてから、もう一度実行してください");
            }
        }
        Map<String, Account> accounts = new LinkedHashMap<>(listing.accounts());
        accounts.put(name, new Account(name, role, PasswordHash.of(password)));
        List<String> lines = new ArrayList<>();
        lines.add("# senryaku accounts: NAME ROLE PBKDF2-HASH (senryaku user add NAME --role ROLE)");
        accounts.values().forEach(a -> lines.add(a.name() + " " + a.role().name().toLowerCase(java.util.Locale.ROOT) + " "
                + a.hash()));
        Files.createDirectories(file.getParent());
        Path partial;
        try {
            partial = Files.createTempFile(file.getParent(), FILE_NAME, ".part",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            partial = Files.createTempFile(file.getParent(), FILE_NAME, ".part");
        }
        Files.write(partial, lines, StandardCharsets.UTF_8);
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** A hash no password matches, checked when the account does not exist so that both cases take as long. */
    private static final String NOBODY = PasswordHash.of("senryaku-no-such-account".toCharArray());

    /**
     * The account, if the password is right. An unknown name costs the same slow hash as a known one: the
     * answer's timing must not tell which accounts exist.
     */
    public Optional<Account> verify(String name, char[] password) throws IOException {
        Optional<Account> account = find(name);
        boolean matches = PasswordHash.matches(password, account.map(Account::hash).orElse(NOBODY));
        return matches ? account : Optional.empty();
    }

    /** Whether a name could be an account at all (letters, digits, . _ -). */
    public static boolean isValidName(String name) {
        return NAME.matcher(name).matches();
    }
}
