// The harness on small synthetic packages: one valid, then one defect at a time.
import {createHash} from "node:crypto";
import {readFileSync} from "node:fs";
import {mkdir, mkdtemp, rm, writeFile} from "node:fs/promises";
import net from "node:net";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterAll, afterEach, beforeAll, describe, expect, it, vi} from "vitest";
import {checkDataPackage} from "./frictionless.ts";

type Files = Record<string, string | Buffer>;
type Descriptor = {created: string; resources: Array<Record<string, unknown>>; [key: string]: unknown};

const CSV: Files = {
  "observations.csv": "observation_id,indicator_id,source_id,year,value,is_target,status\r\n" + "obs1,ind1,src1,2020,95.5,true,met\r\n" + "obs2,ind2,src1,2025,,false,target\r\n" + 'obs3,ind2,src2,2025,"1200",FALSE,target\r\n',
  "indicators.csv": "id,name,unit\r\nind1,Enrolment rate,%\r\nind2,\"Schools, public\",count\r\n",
  "sources.csv": "id,title\r\nsrc1,14th five-year plan\r\nsrc2,2022 statistical bulletin\r\n"
};

function descriptor(files: Files): Descriptor {
  const file = (path: string) => {
    const data = Buffer.from(files[path]);
    return {path, profile: "tabular-data-resource", format: "csv", mediatype: "text/csv", encoding: "utf-8", bytes: data.length, hash: `sha256:${createHash("sha256").update(data).digest("hex")}`};
  };
  const text = (name: string) => ({name, type: "string"});
  return {
    profile: "tabular-data-package",
    name: "synthetic-education",
    version: "1.0.0",
    created: "2024-05-01T08:00:00Z",
    licenses: [{name: "CC-BY-4.0", path: "https://creativecommons.org/licenses/by/4.0/", title: "Creative Commons Attribution 4.0"}],
    sources: [{title: "Synthetic test data"}],
    contributors: [{title: "Test", role: "author"}],
    resources: [
      {
        name: "observations",
        ...file("observations.csv"),
        schema: {
          fields: [
            {...text("observation_id"), constraints: {required: true}},
            text("indicator_id"),
            text("source_id"),
            {name: "year", type: "integer"},
            {name: "value", type: "number"},
            {name: "is_target", type: "boolean"},
            {...text("status"), constraints: {enum: ["met", "target"]}}
          ],
          missingValues: [""],
          primaryKey: ["observation_id"],
          foreignKeys: [
            {fields: ["indicator_id"], reference: {resource: "indicators", fields: ["id"]}},
            {fields: ["source_id"], reference: {resource: "sources", fields: ["id"]}}
          ]
        }
      },
      {name: "indicators", ...file("indicators.csv"), schema: {fields: [text("id"), text("name"), text("unit")], primaryKey: ["id"]}},
      {name: "sources", ...file("sources.csv"), schema: {fields: [text("id"), text("title")], primaryKey: ["id"]}}
    ]
  };
}

let root: string;
let count = 0;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "frictionless-"));
});
afterAll(async () => {
  await rm(root, {recursive: true, force: true});
});
afterEach(() => {
  vi.restoreAllMocks();
});

/** Writes a package; `changeFiles` runs before bytes and hash are computed, `changeDescriptor` after. */
async function build(changeFiles: (files: Files) => void = () => {}, changeDescriptor: (d: Descriptor) => void = () => {}) {
  const dir = join(root, `package-${++count}`);
  const files = {...CSV};
  changeFiles(files);
  const d = descriptor(files);
  changeDescriptor(d);
  await mkdir(dir);
  for (const [path, data] of Object.entries(files)) await writeFile(join(dir, path), data);
  await writeFile(join(dir, "datapackage.json"), JSON.stringify(d, null, 2));
  return checkDataPackage(dir);
}
const replaceIn = (path: string, from: string, to: string) => (files: Files) => {
  files[path] = String(files[path]).replace(from, to);
};
const resource = (d: Descriptor, name: string) => d.resources.find((r) => r.name === name)!;

describe("checkDataPackage", () => {
  it("finds nothing wrong in a valid package, reads every row and stays offline", async () => {
    const connect = vi.spyOn(net.Socket.prototype, "connect");
    const result = await build();
    expect(result.errors).toEqual([]);
    expect(result.rows).toEqual({observations: 3, indicators: 2, sources: 2});
    expect(connect).not.toHaveBeenCalled();
  });

  it("reports a BOM in a utf-8 CSV, and the header the client then misreads", async () => {
    const {errors} = await build((files) => {
      files["sources.csv"] = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(String(files["sources.csv"]))]);
    });
    expect(errors).toEqual([
      'sources: the file starts with a UTF-8 byte order mark (BOM); encoding "utf-8" means no BOM',
      "sources: header: The column header name 'id' is missing",
      "observations: foreign keys not checked because sources has errors"
    ]);
  });

  it('rejects encoding "utf-8-sig", which neither the spec nor the client knows', async () => {
    const {errors} = await build(undefined, (d) => {
      resource(d, "observations").encoding = "utf-8-sig";
    });
    expect(errors).toEqual([
      'observations: encoding "utf-8-sig" is not a known encoding name',
      "observations: the client cannot read it: Unknown encoding: utf-8-sig",
      "observations: foreign keys not checked because observations has errors"
    ]);
  });

  it("names the row and field of a value outside an enum", async () => {
    const {errors, rows} = await build(replaceIn("observations.csv", "false,target", "false,planned"));
    expect(errors).toEqual([
      'observations row 3 field "status": The value "planned" does not conform to the "enum" constraint for column "status"',
      "observations: foreign keys not checked because observations has errors"
    ]);
    expect(rows.observations).toBe(3);
  });

  it("names the row and value of a duplicate primary key", async () => {
    const {errors} = await build(replaceIn("observations.csv", "obs3,", "obs1,"));
    expect(errors).toEqual([
      'observations row 4 field "observation_id": "obs1" repeats an earlier row (primaryKey/unique)',
      "observations: foreign keys not checked because observations has errors"
    ]);
  });

  it("reports an empty primary key, which the client lets through as null", async () => {
    const {errors} = await build(replaceIn("sources.csv", "src2,", ","));
    expect(errors).toEqual(['sources row 3 field "id": primary key is missing', "observations: foreign keys not checked because sources has errors"]);
  });

  it("insists on commas where the client would guess another delimiter", async () => {
    const {errors, rows} = await build((files) => {
      files["sources.csv"] = String(files["sources.csv"]).replace(/,/g, ";");
    });
    expect(errors).toEqual(['sources: header line "id;title" is not the schema\'s fields "id,title"']);
    expect(rows.sources).toBe(2); // the client itself read it without complaint
  });

  it("names the row and value of a dangling foreign key", async () => {
    const {errors} = await build(replaceIn("observations.csv", "obs2,ind2", "obs2,ind9"));
    expect(errors).toEqual(['observations row 3 field "indicator_id": "ind9" is not in indicators.id (foreignKey)']);
  });

  it("recomputes hash and bytes", async () => {
    const {errors} = await build(undefined, (d) => {
      resource(d, "indicators").hash = `sha256:${"0".repeat(64)}`;
      resource(d, "sources").bytes = 1;
    });
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatch(/^indicators: hash is sha256:0{64} but the file's sha256 is [0-9a-f]{64}$/);
    expect(errors[1]).toMatch(/^sources: bytes is 1 but the file has \d+ bytes$/);
  });

  it("requires created to be an RFC 3339 date-time, not a bare date", async () => {
    const {errors} = await build(undefined, (d) => {
      d.created = "2024-05-01";
    });
    expect(errors).toEqual(['descriptor /created: must match format "date-time"']);
  });

  it("reports a value the client cannot cast to the field's type", async () => {
    const {errors} = await build(replaceIn("observations.csv", "src1,2020", "src1,2020.0"));
    expect(errors).toEqual([
      'observations row 2 field "year": The value "2020.0" in column "year" is not type "integer" and format "default"',
      "observations: foreign keys not checked because observations has errors"
    ]);
  });

  it("refuses a remote path or profile instead of letting the client fetch it", async () => {
    const connect = vi.spyOn(net.Socket.prototype, "connect");
    const {errors, rows} = await build(undefined, (d) => {
      resource(d, "sources").path = "https://tracker.test/sources.csv";
      resource(d, "indicators").profile = "https://tracker.test/profile.json";
    });
    expect(errors).toEqual([
      'descriptor /resources/1/profile: must be one of ["tabular-data-resource"]',
      "sources: path https://tracker.test/sources.csv is remote; the package must be readable offline",
      "descriptor: https://tracker.test/profile.json is remote; the package must be readable offline"
    ]);
    expect(rows).toEqual({});
    expect(connect).not.toHaveBeenCalled();
  });
});

describe("checkDataPackage on a data-package with non-tabular files and a shared schema", () => {
  /** The valid package turned into a `data-package`: observations' schema in a file, plus a JSON and a binary resource. */
  const mixed = (files: Files) => {
    const schema = {fields: [{name: "observation_id", type: "string", constraints: {required: true}}, {name: "indicator_id", type: "string"}, {name: "source_id", type: "string"}, {name: "year", type: "integer"}, {name: "value", type: "number"}, {name: "is_target", type: "boolean"}, {name: "status", type: "string", constraints: {enum: ["met", "target"]}}], missingValues: [""], primaryKey: ["observation_id"]};
    files["observations.schema.json"] = JSON.stringify(schema);
    files["ind1.csv"] = "observation_id,indicator_id,source_id,year,value,is_target,status\r\nobs1,ind1,src1,2020,95.5,true,met\r\n";
    files["index.json"] = JSON.stringify({indicators: ["ind1", "ind2"]});
    files["observations.arrow"] = Buffer.from([0x41, 0x52, 0x52, 0x4f, 0x57, 0x31, 0x00, 0x00, 0xff, 0xfe]);
  };
  const asDataPackage = (d: Descriptor) => {
    const file = (path: string, extra: Record<string, unknown>) => {
      const data = readFileSync(join(root, `package-${count}`, path));
      return {path, bytes: data.length, hash: `sha256:${createHash("sha256").update(data).digest("hex")}`, ...extra};
    };
    d.profile = "data-package";
    resource(d, "observations").schema = "observations.schema.json";
    d.resources.push(
      {name: "ind1", ...file("ind1.csv", {profile: "tabular-data-resource", format: "csv", mediatype: "text/csv", encoding: "utf-8"}), schema: "observations.schema.json"},
      {name: "index", ...file("index.json", {profile: "data-resource", format: "json", mediatype: "application/json", encoding: "utf-8"})},
      {name: "observations-arrow", ...file("observations.arrow", {profile: "data-resource", format: "arrow", mediatype: "application/vnd.apache.arrow.file"})}
    );
  };
  /** Writes the files, then the descriptor (whose hashes need the files on disk). */
  async function buildMixed(changeFiles: (files: Files) => void = () => {}, changeDescriptor: (d: Descriptor) => void = () => {}) {
    const dir = join(root, `package-${++count}`);
    const files = {...CSV};
    mixed(files);
    changeFiles(files);
    await mkdir(dir);
    for (const [path, data] of Object.entries(files)) await writeFile(join(dir, path), data);
    const d = descriptor(files);
    asDataPackage(d);
    changeDescriptor(d);
    await writeFile(join(dir, "datapackage.json"), JSON.stringify(d, null, 2));
    return checkDataPackage(dir);
  }

  it("reads the schema from its path, reads only the tables, and checks the other files by size and hash", async () => {
    const {errors, rows} = await buildMixed();
    expect(errors).toEqual([]);
    expect(rows).toEqual({observations: 3, indicators: 2, sources: 2, ind1: 1});
  });

  it("checks a table whose schema is a path against that schema: header, enum", async () => {
    const header = await buildMixed((files) => {
      files["ind1.csv"] = String(files["ind1.csv"]).replace("is_target", "target");
    });
    expect(header.errors[0]).toBe('ind1: header line "observation_id,indicator_id,source_id,year,value,target,status" is not the schema\'s fields "observation_id,indicator_id,source_id,year,value,is_target,status"');
    const value = await buildMixed((files) => {
      files["ind1.csv"] = String(files["ind1.csv"]).replace(",met", ",planned");
    });
    expect(value.errors).toEqual(['ind1 row 2 field "status": The value "planned" does not conform to the "enum" constraint for column "status"']);
  });

  it("reports a missing schema file, damaged JSON and a changed binary file", async () => {
    const {errors} = await buildMixed(undefined, (d) => {
      resource(d, "ind1").schema = "no-such.schema.json";
      resource(d, "observations-arrow").bytes = 3;
    });
    expect(errors[0]).toMatch(/^ind1: cannot read its schema no-such\.schema\.json: ENOENT/);
    expect(errors).toContain("observations-arrow: bytes is 3 but the file has 10 bytes");
    const damaged = await buildMixed((files) => {
      files["index.json"] = "{\"indicators\": [";
    });
    expect(damaged.errors).toHaveLength(1);
    expect(damaged.errors[0]).toMatch(/^index: index\.json is not valid JSON/);
  });

  it("holds a tabular resource in a data-package to the Tabular Data Resource profile", async () => {
    const {errors} = await buildMixed(undefined, (d) => {
      resource(d, "ind1").dialect = {delimiter: 7};
    });
    // ajv's verdict first, then the client's, which agrees.
    expect(errors.slice(0, 2)).toEqual(["descriptor /resources/3/dialect: must have required property 'doubleQuote'", "descriptor /resources/3/dialect/delimiter: must be string"]);
    expect(errors).toContain("ind1: the client cannot read it: Invalid option delimiter: delimiter must be a non empty string or buffer, got 7");
  });

  it("refuses a profile it does not know rather than check against the wrong one", async () => {
    const {errors} = await buildMixed(undefined, (d) => {
      d.profile = "fiscal-data-package";
    });
    expect(errors[0]).toBe('descriptor /profile: "fiscal-data-package" is not a profile this check knows (data-package, tabular-data-package)');
  });
});
