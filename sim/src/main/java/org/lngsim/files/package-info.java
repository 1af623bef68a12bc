/**
 * The files and folders a user names: the one way lngsim reads them (nothing but a regular file,
 * within a size limit) and writes them, so that no command ever destroys a user's file or leaves
 * half of an output behind.
 *
 * <ul>
 *   <li>{@link org.lngsim.files.InputFile}: anything that is not a regular file (a device, a named
 *       pipe, a folder) is refused by name before it is opened, and reads stop at a size limit.</li>
 *   <li>{@link org.lngsim.files.FileFailure}: why a file-system operation failed, in one line
 *       ("no space left on device"), for messages that must not be a stack trace.</li>
 *   <li>{@link org.lngsim.files.AtomicFiles}: a single file is written beside its destination and
 *       renamed over it, so a reader sees the old file or the new one, never a truncated one.</li>
 *   <li>{@link org.lngsim.files.StagedFolder}: a whole output folder (a run folder) is written
 *       aside and swapped into place; a process killed at any step is repaired by the next
 *       start.</li>
 *   <li>{@link org.lngsim.files.FolderKind}: what makes a folder lngsim's own; a folder that is
 *       not (a user's folder, {@code /} or a home folder, a file, a symbolic link) is refused,
 *       never replaced.</li>
 *   <li>{@link org.lngsim.files.FolderLock}: one process at a time in a folder that grows in
 *       place (a sweep).</li>
 *   <li>{@link org.lngsim.files.SharedCache}: files unpacked from the jar (the MARNET sea lanes,
 *       sqlite's native library) are unpacked once per machine and shared, not copied per
 *       process.</li>
 * </ul>
 *
 * <p>Every temporary name carries its owner ({@link org.lngsim.files.Owner}: host and process id),
 * so the leftovers of a killed process can be told from the work of a live one and cleaned at the
 * next start. This package depends on nothing else in lngsim.
 */
package org.lngsim.files;
