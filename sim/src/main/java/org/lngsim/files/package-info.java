/**
 * Files the user names: {@link org.lngsim.files.InputFile} refuses anything that is not a regular
 * file before opening it and reads within a size limit; {@link org.lngsim.files.FileFailure} says
 * in one line why a file-system operation failed ("no space left on device"), for messages that
 * must not be a stack trace.
 */
package org.lngsim.files;
