package jp.yui.infra.mongo;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.h2.store.fs.FileBase;
import org.h2.store.fs.FilePath;
import org.h2.store.fs.FilePathWrapper;

/**
 * An H2 file system over the disk that watches what reaches the device: a file opened as
 * {@code "forcewatch:" + path} counts its writes and its forces, and knows whether every completed write is
 * covered by a force that began after it. Reading the file back cannot tell this: the page cache answers either way.
 * Writes of the store's maintenance thread (compaction steps, which force on their own) are not counted, so that a
 * step running beside a command does not look like an unforced write of that command; they are recorded, though.
 */
public final class ForceWatchingFilePath extends FilePathWrapper {

    static final String PREFIX = "forcewatch:";

    /** What one file has seen. */
    static final class Device {
        private final AtomicLong writes = new AtomicLong();
        private final AtomicLong allWrites = new AtomicLong();
        private final AtomicLong forcedWrites = new AtomicLong();
        private final AtomicLong forces = new AtomicLong();

        long forces() {
            return forces.get();
        }

        long writes() {
            return writes.get();
        }

        /**
         * Writes by any thread, the maintenance thread's included: a compaction step that runs between a command and
         * its commit writes the command's changes in its own commit (the command then finds nothing left to commit).
         */
        long allWrites() {
            return allWrites.get();
        }

        /** Writes that completed and were not covered by a later force: lost if the power fails now. */
        long unforcedWrites() {
            return writes.get() - forcedWrites.get();
        }

        private volatile List<Operation> operations;
        private volatile long forceMillis;

        /** From now on, keeps every write, truncation and force in order, and makes each force take this long. */
        void record(long slowForceMillis) {
            operations = Collections.synchronizedList(new ArrayList<>());
            forceMillis = slowForceMillis;
        }

        List<Operation> operations() {
            return List.copyOf(operations);
        }

        private void log(Operation operation) {
            List<Operation> log = operations;
            if (log != null) {
                log.add(operation);
            }
        }
    }

    /** What reached the file, in order: bytes written at a position, a truncation, or a completed force. */
    sealed interface Operation {
    }

    record Write(long position, byte[] bytes) implements Operation {
    }

    record Truncate(long size) implements Operation {
    }

    /** A force completed: {@code number} counts the forces completed so far, this one included. */
    record Force(long number) implements Operation {
    }

    private static final Map<String, Device> DEVICES = new ConcurrentHashMap<>();

    static {
        FilePath.register(new ForceWatchingFilePath());
    }

    /** Registers the file system; pass the result to the store as its file system prefix. */
    static String prefix() {
        return PREFIX;
    }

    static Device device(Path file) {
        return DEVICES.computeIfAbsent(PREFIX + file.toAbsolutePath(), n -> new Device());
    }

    @Override
    public String getScheme() {
        return "forcewatch";
    }

    @Override
    public FileChannel open(String mode) throws IOException {
        return new Watched(super.open(mode), DEVICES.computeIfAbsent(name, n -> new Device()));
    }

    private static final class Watched extends FileBase {
        private final FileChannel channel;
        private final Device device;

        Watched(FileChannel channel, Device device) {
            this.channel = channel;
            this.device = device;
        }

        @Override
        public int read(ByteBuffer dst) throws IOException {
            return channel.read(dst);
        }

        @Override
        public int read(ByteBuffer dst, long position) throws IOException {
            return channel.read(dst, position);
        }

        @Override
        public int write(ByteBuffer src) throws IOException {
            long position = channel.position();
            ByteBuffer bytes = src.duplicate();
            int written = channel.write(src);
            written(position, bytes, written);
            return written;
        }

        @Override
        public int write(ByteBuffer src, long position) throws IOException {
            ByteBuffer bytes = src.duplicate();
            int written = channel.write(src, position);
            written(position, bytes, written);
            return written;
        }

        private void written(long position, ByteBuffer bytes, int length) {
            if (device.operations != null) {
                byte[] copy = new byte[length];
                bytes.get(copy);
                device.log(new Write(position, copy));
            }
            countWrite();
        }

        private void countWrite() {
            device.allWrites.incrementAndGet();
            if (!Thread.currentThread().getName().equals(EmbeddedMongoServer.MAINTENANCE_THREAD)) {
                device.writes.incrementAndGet();
            }
        }

        @Override
        public synchronized void force(boolean metaData) throws IOException {
            // Only writes completed before the force began are surely on the device after it.
            long covered = device.writes.get();
            channel.force(metaData);
            if (device.forceMillis > 0) {
                try {
                    Thread.sleep(device.forceMillis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            device.log(new Force(device.forces.incrementAndGet()));
            device.forcedWrites.accumulateAndGet(covered, Math::max);
        }

        @Override
        public long position() throws IOException {
            return channel.position();
        }

        @Override
        public FileChannel position(long newPosition) throws IOException {
            channel.position(newPosition);
            return this;
        }

        @Override
        public long size() throws IOException {
            return channel.size();
        }

        @Override
        public FileChannel truncate(long size) throws IOException {
            channel.truncate(size);
            device.log(new Truncate(size));
            countWrite();
            return this;
        }

        @Override
        public FileLock tryLock(long position, long size, boolean shared) throws IOException {
            return channel.tryLock(position, size, shared);
        }

        @Override
        protected void implCloseChannel() throws IOException {
            channel.close();
        }
    }
}
