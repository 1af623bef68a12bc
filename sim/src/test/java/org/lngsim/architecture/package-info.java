/** Architecture rules checked with ArchUnit. */
package org.lngsim.architecture;
