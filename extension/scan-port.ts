/** Name of the port the scanner opens to the popup that injected it: its disconnect stops the scan. */
export const SCAN_PORT = 'polku-scan';
