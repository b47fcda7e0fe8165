// Query time of the static search, as the browser runs it but from local files:
//   node bench/search-query.js SITE_DIR LANG "query" ["query" ...]
// e.g. node bench/search-query.js target/bench/10000/corpus/broadsheet/site ko 운영 "서울 시장"
// Prints, per query, the number of results, the time and the bytes of index read to show the first page
// of 20, as the search page does before the reader asks for more.
const fs = require("fs");
const path = require("path");
const search = require(path.join(__dirname, "..", "templates", "assets", "search.js"));
const [site, lang, ...queries] = process.argv.slice(2);
const dir = path.join(site, lang, "search");

(async () => {
  for (const query of queries) {
    let bytes = 0;
    const load = (name) => {
      const text = fs.readFileSync(path.join(dir, name), "utf8");
      bytes += Buffer.byteLength(text);
      return Promise.resolve(JSON.parse(text));
    };
    const start = process.hrtime.bigint();
    const meta = await load("meta.json");
    const ids = await search.search(query, meta, load);
    await search.documents(ids.slice(0, 20), meta, load);
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    console.log(`${lang} "${query}": ${ids.length} results, the first 20 in ${ms.toFixed(1)} ms, ${(bytes / 1e6).toFixed(2)} MB of index read`);
  }
})();
