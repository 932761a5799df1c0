package io.github.senryaku.batch.store;

import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Another process in the middle of an upgrade, for {@code ConcurrentUpgradeTest}: takes the upgrade lock, says
 * so on stdout, waits until told to finish (a line on stdin), then drops the copy as a finished upgrade does.
 *
 * <p>Arguments: the lock file, the copy.
 */
public final class HoldUpgradeLock {

    private HoldUpgradeLock() {
    }

    public static void main(String[] args) throws Exception {
        try (FileChannel channel = FileChannel.open(Path.of(args[0]), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock lock = channel.lock()) {
            System.out.println("held");
            System.out.flush();
            System.in.read();
            Files.delete(Path.of(args[1]));
        }
    }
}
