// Browsers come from Debian's packages (see README, "Development"); never download one.
module.exports = { skipDownload: true };
