package io.summittracker.embedded.postgres;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

/**
 * Unpacks the PostgreSQL server that the zonky binaries jar carries, once per version, into a cache folder.
 */
final class PostgresBinaries {

    private static final String ARCHIVE = "/postgres-linux-x86_64.txz";

    private PostgresBinaries() {
    }

    /** The folder holding bin/, lib/ and share/ of the server; unpacked on first use. */
    static synchronized Path install(Path cacheRoot) {
        try (InputStream probe = PostgresBinaries.class.getResourceAsStream(ARCHIVE)) {
            if (probe == null) {
                throw new IllegalStateException("PostgreSQL binaries " + ARCHIVE + " are not on the classpath");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String version = PostgresBinaries.class.getResource(ARCHIVE).toString().replaceAll("\\W+", "-");
        Path target = cacheRoot.resolve("pg-" + Integer.toHexString(version.hashCode()));
        if (Files.isExecutable(target.resolve("bin/pg_ctl"))) {
            return target;
        }
        try {
            Path staging = Files.createDirectories(cacheRoot).resolve(target.getFileName() + ".tmp" + ProcessHandle.current().pid());
            unpack(staging);
            try {
                Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException raced) {
                // Another process unpacked the same version first; its copy is as good as ours.
                if (!Files.isExecutable(target.resolve("bin/pg_ctl"))) {
                    throw raced;
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not unpack PostgreSQL into " + cacheRoot, e);
        }
    }

    private static void unpack(Path into) throws IOException {
        try (InputStream raw = PostgresBinaries.class.getResourceAsStream(ARCHIVE);
                TarArchiveInputStream tar = new TarArchiveInputStream(
                        new XZCompressorInputStream(new BufferedInputStream(raw)))) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                Path path = into.resolve(entry.getName()).normalize();
                if (!path.startsWith(into)) {
                    throw new IOException("archive entry escapes its folder: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(path);
                } else if (entry.isSymbolicLink()) {
                    Files.createDirectories(path.getParent());
                    Files.deleteIfExists(path);
                    Files.createSymbolicLink(path, Path.of(entry.getLinkName()));
                } else {
                    Files.createDirectories(path.getParent());
                    Files.copy(tar, path, StandardCopyOption.REPLACE_EXISTING);
                    boolean executable = (entry.getMode() & 0100) != 0;
                    Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(executable ? "rwxr-xr-x" : "rw-r--r--"));
                }
            }
        }
    }
}
