package io.github.senryaku.server;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Forces a file that has just been put in place, and the folder entry naming it, onto the device: a night
 * upload answered with 200 (受付箱に置きました) has nothing but the file itself to survive a power cut.
 */
final class OnDisk {

    private OnDisk() {
    }

    static Path sync(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            channel.force(true);
        }
        try (FileChannel folder = FileChannel.open(file.getParent(), StandardOpenOption.READ)) {
            folder.force(true);
        } catch (IOException notOnThisSystem) {
            // some file systems cannot open a folder as a channel; the file itself is on disk
        }
        return file;
    }
}
