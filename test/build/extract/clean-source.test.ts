import {readFileSync} from "node:fs";
import {describe, expect, it} from "vitest";
import {cleanSource, joinPageBreaks, stripHtml, stripMarkdown, stripFrontMatter} from "../../../src/build/extract/clean-source.ts";
import {removeSpace} from "../../../src/build/extract/compact-text.ts";

const raw = (name: string) => readFileSync(new URL(`../../../data/sources/raw/${name}`, import.meta.url), "utf8");
const SUMMARY = raw("000_255e7cc77b2edc79.txt");
const DONGCHENG = raw("001_f95867796dfa48ea.txt");
const PLAN = raw("004_5ae4187438ebee2c.txt");

describe("joinPageBreaks", () => {
  it("joins a word split by a page break", () => {
    expect(joinPageBreaks("**办好人民满意教育。**大力推进幼有所育，入\n\n园率达到 90%，普惠率达到 88%。")).toBe(
      "**办好人民满意教育。**大力推进幼有所育，入园率达到 90%，普惠率达到 88%。"
    );
  });

  it("joins after a comma-like mark, and before a closing quote", () => {
    expect(joinPageBreaks("做好思想准备、组织准备、\n\n工作准备前提下")).toBe("做好思想准备、组织准备、工作准备前提下");
    expect(joinPageBreaks("推进评价机制改革，着重激励“增\n\n值”；推出")).toBe("推进评价机制改革，着重激励“增值”；推出");
  });

  it("keeps paragraphs that end a sentence apart", () => {
    expect(joinPageBreaks("完成全员培训。\n\n加强德育工作。")).toBe("完成全员培训。\n\n加强德育工作。");
  });

  it("never runs a heading or a label into the next paragraph", () => {
    expect(joinPageBreaks("中共北京市东城区委教育工作委员会\n\n文件")).toBe("中共北京市东城区委教育工作委员会\n\n文件");
    expect(joinPageBreaks("四、提高治理体系与治理能力现代化水平，更好服务保障发展大局\n\n多措并举")).toBe(
      "四、提高治理体系与治理能力现代化水平，更好服务保障发展大局\n\n多措并举"
    );
    expect(joinPageBreaks("6. 聚焦“双减”，校外治理与校内提质双向联动、落地见效\n\n——深化")).toContain("\n\n——深化");
  });
});

describe("cleanSource on the real documents", () => {
  const summary = cleanSource(SUMMARY, {format: "markdown"});
  const dongcheng = cleanSource(DONGCHENG, {format: "text"});
  const plan = cleanSource(PLAN, {format: "html"});

  it("joins every page-broken word the sources contain", () => {
    for (const word of ["入园率达到", "构建科学、开放的大健康", "义务教育优质均衡发展实施方案", "双万计划", "有温度、有智慧", "面向试点区", "生物医药", "扎实做好", "督导评估"]) {
      expect(summary).toContain(word);
    }
    for (const word of ["组织准备、工作准备", "加强党建指导员", "“增值”", "拓展劳动教育资源", "三个一百", "推进市级新课程", "行业归口", "文件（合同）", "审计检查、预算执行", "管理办法，打造"]) {
      expect(dongcheng).toContain(word);
    }
    expect(summary).toContain("大力推进幼有所育，入园率达到 90%");
  });

  it("leaves every other character sequence intact", () => {
    // Only markup and white space may change, so the texts agree once both are dropped.
    expect(removeSpace(summary)).toBe(removeSpace(stripMarkdown(SUMMARY)));
    expect(removeSpace(dongcheng)).toBe(removeSpace(DONGCHENG));
    expect(removeSpace(plan)).toBe(removeSpace(stripHtml(stripFrontMatter(PLAN))));
    expect(summary).toContain("2.3 万名师生深度参与");
    expect(plan).toContain("全市适龄儿童入园率保持在90%以上");
  });

  it("drops the plan's HTML, its front matter and its style block", () => {
    expect(plan).not.toMatch(/<[a-z]|&[a-z]+;|appendQr|headimg|cms-style/);
    expect(plan.startsWith("原标题：北京重磅规划")).toBe(true);
  });

  it("drops Markdown markup", () => {
    expect(summary).not.toMatch(/\*\*|^#/m);
    expect(summary.startsWith("市教委 2022 年度工作总结")).toBe(true);
  });

  it("normalises white space", () => {
    for (const text of [summary, dongcheng, plan]) {
      expect(text).not.toMatch(/[\u3000\u00a0\t]| {2}|\n{3}|^ | $/m);
    }
  });

  it("keeps headings and the letterhead as their own paragraphs", () => {
    expect(dongcheng).toContain("中共北京市东城区委教育工作委员会\n\n文件\n\n北京市东城区教育委员会");
    expect(dongcheng).toContain("四、提高治理体系与治理能力现代化水平，更好服务保障发展大局\n\n多措并举");
    expect(summary).toContain("一、特色亮点工作\n\n服务保障重大活动作出新贡献。");
  });
});
