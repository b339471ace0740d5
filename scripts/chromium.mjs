// Debian's Chromium as this project launches it (tests and bench alike): where it is, and the
// flags it needs here — root needs --no-sandbox, and the rest keep it off the network.
export const CHROMIUM_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
