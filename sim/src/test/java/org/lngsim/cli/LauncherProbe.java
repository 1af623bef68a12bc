package org.lngsim.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/**
 * A stand-in for lngsim's main class in {@link LauncherClassSharingTest}: the launcher's
 * class-data sharing is about the JVM it starts, not about what the jar does. Prints its arguments
 * and exits with the code given as {@code exit=N}.
 */
public final class LauncherProbe {

    private LauncherProbe() {
    }

    /**
     * Lays out {@code folder} as a repository whose {@code lngsim} is the real launcher and whose
     * jar holds only this class; returns the launcher.
     */
    public static Path repository(Path folder) throws IOException {
        Path root = Files.createDirectories(folder);
        Path launcher = root.resolve("lngsim");
        Files.copy(Path.of("..", "lngsim"), launcher, StandardCopyOption.COPY_ATTRIBUTES);
        Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path jar = Files.createDirectories(root.resolve("sim").resolve("target")).resolve("lngsim.jar");
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, LauncherProbe.class.getName());
        String entry = LauncherProbe.class.getName().replace('.', '/') + ".class";
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest);
                InputStream in = LauncherProbe.class.getClassLoader().getResourceAsStream(entry)) {
            out.putNextEntry(new JarEntry(entry));
            in.transferTo(out);
            out.closeEntry();
        }
        return launcher;
    }

    public static void main(String[] args) {
        System.out.println("probe " + String.join(" ", args));
        for (String arg : args) {
            if (arg.startsWith("exit=")) {
                System.exit(Integer.parseInt(arg.substring("exit=".length())));
            }
        }
    }
}
