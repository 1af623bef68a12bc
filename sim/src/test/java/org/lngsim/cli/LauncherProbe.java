package org.lngsim.cli;

/**
 * A stand-in for lngsim's main class in {@link LauncherClassSharingTest}: the launcher's
 * class-data sharing is about the JVM it starts, not about what the jar does. Prints its arguments
 * and exits with the code given as {@code exit=N}.
 */
public final class LauncherProbe {

    private LauncherProbe() {
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
