package jp.yui.infra.privacy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Keys of the embedded default: one small file per person in a directory of its own, beside (not inside) the data
 * file, named by a hash of the person's id. Destroying a key overwrites the file with zeros, forces it to the disk,
 * deletes it and leaves an empty tombstone, so the key is gone from the data directory at once, without waiting
 * for any compaction.
 */
public final class DirectoryKeyRing implements KeyRing {

    private static final int KEY_BYTES = 32;
    private static final String KEY = ".key";
    private static final String ERASED = ".erased";

    private final Path directory;
    private final SecureRandom random = new SecureRandom();

    public DirectoryKeyRing(Path directory) {
        this.directory = directory;
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create key directory " + directory, e);
        }
    }

    @Override
    public Optional<byte[]> find(String subjectId) {
        Path file = file(subjectId, KEY);
        try {
            return Files.exists(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read a key", e);
        }
    }

    @Override
    public synchronized Optional<byte[]> findOrCreate(String subjectId) {
        if (Files.exists(file(subjectId, ERASED))) {
            return Optional.empty();
        }
        Optional<byte[]> existing = find(subjectId);
        if (existing.isPresent()) {
            return existing;
        }
        byte[] key = new byte[KEY_BYTES];
        random.nextBytes(key);
        Path target = file(subjectId, KEY);
        Path temporary = target.resolveSibling(target.getFileName() + ".tmp");
        try {
            write(temporary, key);
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store a key", e);
        }
        return Optional.of(key);
    }

    @Override
    public synchronized void destroy(String subjectId) {
        Path key = file(subjectId, KEY);
        try {
            write(file(subjectId, ERASED), new byte[0]);
            if (Files.exists(key)) {
                write(key, new byte[KEY_BYTES]);
                Files.delete(key);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot destroy a key", e);
        }
    }

    private static void write(Path file, byte[] bytes) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            channel.write(ByteBuffer.wrap(bytes));
            channel.force(true);
        }
    }

    private Path file(String subjectId, String suffix) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(subjectId.getBytes(StandardCharsets.UTF_8));
            return directory.resolve(HexFormat.of().formatHex(hash) + suffix);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
