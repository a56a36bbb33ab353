// Runs before `npm install` (preinstall) and stops on a Node older than package.json's "engines" asks for. Written
// for any Node: CommonJS, ES5 syntax, built-ins only. (.npmrc's engine-strict stops npm even
// earlier, before it downloads anything; this says what to do when that setting is overridden.)
'use strict';
var path = require('path');
var wanted = require(path.join(__dirname, '..', 'package.json')).engines.node; // e.g. ">=22.12"
var min = /(\d+)\.(\d+)/.exec(wanted);
var have = process.versions.node.split('.').map(Number);
if (min) {
  var major = Number(min[1]);
  var minor = Number(min[2]);
  if (have[0] < major || (have[0] === major && have[1] < minor)) {
    console.error(
      '\nThis project needs Node ' +
        major +
        '.' +
        minor +
        ' or newer (package.json "engines": ' +
        wanted +
        '); this is Node ' +
        process.versions.node +
        '.\nInstall a newer Node (the .nvmrc file names the version, e.g. `nvm install`), then run npm install again.\n',
    );
    process.exit(1);
  }
}
