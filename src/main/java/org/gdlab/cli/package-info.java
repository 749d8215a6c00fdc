/** The command line ({@code java -jar gdlab.jar functions|run|eval ...}), built with picocli over the core. */
package org.gdlab.cli;
