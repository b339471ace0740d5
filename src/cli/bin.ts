import { main } from './civicstat';

main(process.argv.slice(2), {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  bytes: (data) => process.stdout.write(data),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`civicstat: ${(error as Error)?.stack ?? String(error)}\n`);
    process.exitCode = 70;
  },
);
