/**
 * Colours for racing runs: {@link org.gdlab.core.palette.RunPalette}, the Okabe–Ito palette, distinguishable
 * under the common forms of colour-vision deficiency.
 */
package org.gdlab.core.palette;
