// The peer of depot-bench-sync: PouchDB (node, LevelDB adapter) replicating documents equivalent
// to Depot movements with pouchdb-server (LevelDB) on 127.0.0.1, in the same run on the same machine.
//
//   node bench.js --modules DIR/node_modules --dir SCRATCH --docs N --push M [--batch-size B]
//
// 1. N documents are written into a server database (bulk writes over HTTP, untimed);
//    a new local database replicates from it: pouchdb_initial_sync_per_s;
// 2. M documents are written into a local database (untimed), then replicated to a new server
//    database: pouchdb_push_per_s.
// The last line printed is one JSON object. Exits non-zero when a replication fails or a count
// does not add up.
'use strict';

const path = require('path');
const fs = require('fs');
const net = require('net');
const crypto = require('crypto');
const { spawn } = require('child_process');

function option(name, fallback) {
  const i = process.argv.indexOf(name);
  return i > 0 && i + 1 < process.argv.length ? process.argv[i + 1] : fallback;
}

const modules = option('--modules', path.join(process.cwd(), 'node_modules'));
const scratch = path.resolve(option('--dir', path.join(process.cwd(), 'run')));
const docs = parseInt(option('--docs', '100000'), 10);
const pushDocs = parseInt(option('--push', '10000'), 10);
const batchSize = parseInt(option('--batch-size', '500'), 10);
const PouchDB = require(path.join(modules, 'pouchdb'));

function say(line) {
  process.stdout.write(line + '\n');
}

function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = s.address().port;
      s.close(() => resolve(port));
    });
  });
}

async function waitForServer(url, deadline) {
  for (;;) {
    try {
      const r = await fetch(url);
      if (r.ok) return;
    } catch (e) {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error('pouchdb-server did not start within 60 s');
    await new Promise((r) => setTimeout(r, 200));
  }
}

// The same fields as a Depot movement on the wire (sync/protocol: movementToJson).
const kinds = ['RECEIPT', 'ISSUE', 'ISSUE', 'RECEIPT', 'ISSUE', 'COUNT', 'ADJUSTMENT', 'LOSS', 'RETURN'];
const products = Array.from({ length: 1000 }, () => crypto.randomUUID());
const locations = Array.from({ length: 4 }, () => crypto.randomUUID());
let hlc = BigInt(Date.now()) << 16n;
function movement(i, device) {
  const kind = kinds[i % kinds.length];
  hlc += 3n;
  return {
    _id: crypto.randomUUID(),
    product_id: products[(i * 7919) % products.length],
    location_id: locations[i % locations.length],
    kind,
    quantity: (kind === 'ISSUE' || kind === 'LOSS' ? '-' : '') + String(1 + (i % 50)) + '.250',
    unit_cost: kind === 'RECEIPT' ? (2 + (i % 300) / 100).toFixed(2) + ' EUR' : '',
    reason: '',
    reference: kind === 'RECEIPT' ? 'PO-' + Math.floor(i / 50) : kind === 'ISSUE' ? 'SALE-' + i : '',
    note: '',
    user: 'bench-clerk',
    device,
    hlc: hlc.toString(),
    transfer_id: null,
    reverses_id: null,
  };
}

async function fill(db, count, device) {
  for (let done = 0; done < count; ) {
    const batch = [];
    for (let i = 0; i < 5000 && done < count; ++i, ++done) batch.push(movement(done, device));
    const results = await db.bulkDocs(batch);
    for (const r of results) if (r.error) throw new Error('bulkDocs: ' + JSON.stringify(r));
  }
}

async function main() {
  fs.rmSync(scratch, { recursive: true, force: true });
  fs.mkdirSync(path.join(scratch, 'server'), { recursive: true });
  fs.mkdirSync(path.join(scratch, 'client'), { recursive: true });
  const port = await freePort();
  const bin = path.join(modules, 'pouchdb-server', 'bin', 'pouchdb-server');
  const server = spawn(process.execPath, [bin, '--port', String(port), '--host', '127.0.0.1', '--dir',
                                          path.join(scratch, 'server'), '--config',
                                          path.join(scratch, 'server', 'config.json'), '--no-stdout-logs'],
                       { stdio: ['ignore', 'ignore', 'inherit'] });
  let serverExited = false;
  server.on('exit', () => { serverExited = true; });
  const base = 'http://127.0.0.1:' + port;
  try {
    await waitForServer(base + '/', Date.now() + 60000);
    const out = { pouchdb_version: require(path.join(modules, 'pouchdb', 'package.json')).version,
                  pouchdb_server_version: require(path.join(modules, 'pouchdb-server', 'package.json')).version,
                  pouchdb_batch_size: batchSize };

    // 1. Initial sync of a new local database from the server.
    const remote = new PouchDB(base + '/movements');
    let t = Date.now();
    await fill(remote, docs, 'seed-device');
    say(`seeded pouchdb-server with ${docs} documents in ${((Date.now() - t) / 1000).toFixed(1)} s`);
    const local = new PouchDB(path.join(scratch, 'client', 'new-device'));
    t = process.hrtime.bigint();
    const pulled = await PouchDB.replicate(remote, local, { batch_size: batchSize });
    const pullS = Number(process.hrtime.bigint() - t) / 1e9;
    const localInfo = await local.info();
    if (!pulled.ok || localInfo.doc_count !== docs)
      throw new Error(`pull: ${localInfo.doc_count} of ${docs} documents replicated`);
    say(`initial replication of ${docs} documents: ${pullS.toFixed(2)} s = ${(docs / pullS).toFixed(0)} /s`);
    out.pouchdb_initial_sync_s = Math.round(pullS * 1000) / 1000;
    out.pouchdb_initial_sync_per_s = Math.round(docs / pullS);
    out.pouchdb_docs = docs;
    await local.close();
    await remote.close();

    // 2. Push of documents written offline into a fresh server database.
    const offline = new PouchDB(path.join(scratch, 'client', 'offline-device'));
    await fill(offline, pushDocs, 'offline-device');
    const target = new PouchDB(base + '/pushed');
    t = process.hrtime.bigint();
    const pushed = await PouchDB.replicate(offline, target, { batch_size: batchSize });
    const pushS = Number(process.hrtime.bigint() - t) / 1e9;
    const targetInfo = await target.info();
    if (!pushed.ok || targetInfo.doc_count !== pushDocs)
      throw new Error(`push: ${targetInfo.doc_count} of ${pushDocs} documents replicated`);
    say(`push replication of ${pushDocs} documents: ${pushS.toFixed(2)} s = ${(pushDocs / pushS).toFixed(0)} /s`);
    out.pouchdb_push_s = Math.round(pushS * 1000) / 1000;
    out.pouchdb_push_per_s = Math.round(pushDocs / pushS);
    out.pouchdb_push_docs = pushDocs;
    await offline.close();
    await target.close();
    say(JSON.stringify(out));
  } finally {
    if (!serverExited) server.kill('SIGTERM');
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

main().catch((e) => {
  process.stderr.write('bench.js: ' + (e && e.stack ? e.stack : e) + '\n');
  process.exit(1);
});
