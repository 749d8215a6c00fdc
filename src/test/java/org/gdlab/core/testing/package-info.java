/** Small local cost functions for the core's tests (independent of the built-in surfaces). */
package org.gdlab.core.testing;
