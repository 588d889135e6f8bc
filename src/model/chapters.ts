/**
 * The story's structure: which indicators each chapter charts. Each chart
 * holds indicators of one unit; the chart builder refuses anything else.
 * Text lives in src/i18n under the same chapter ids.
 */
export interface ChapterChart {
  id: string;
  indicators: string[];
}

export interface Chapter {
  id: string;
  charts: ChapterChart[];
}

export const CHAPTERS: Chapter[] = [
  {id: "preschool", charts: [{id: "preschool-rates", indicators: ["preschool-enrolment-rate", "public-kindergarten-coverage", "preschool-teacher-trained-share"]}]},
  {id: "compulsory", charts: [{id: "compulsory-rates", indicators: ["nearby-enrolment-rate", "school-group-coverage", "school-district-coverage"]}]},
  {
    id: "vocational",
    charts: [
      {id: "vocational-share", indicators: ["dual-qualified-teacher-share"]},
      {id: "vocational-programmes", indicators: ["distinctive-vocational-specialties", "engineer-colleges-and-master-studios"]},
      {id: "vocational-colleges", indicators: ["distinctive-vocational-colleges", "double-high-vocational-colleges"]}
    ]
  },
  {id: "higher-ed", charts: [{id: "higher-ed-centres", indicators: ["advanced-innovation-centres", "advanced-disciplines", "double-first-class-disciplines"]}]},
  {id: "teachers", charts: [{id: "teacher-shares", indicators: ["compulsory-teacher-degree-share", "teacher-rotation-share"]}]},
  {
    id: "whole-person",
    charts: [
      {id: "fitness", indicators: ["student-fitness-good-rate"]},
      {id: "winter-sports-schools", indicators: ["winter-sports-schools"]}
    ]
  },
  {id: "digital", charts: [{id: "smart-campus", indicators: ["smart-campus-coverage"]}, {id: "smart-campus-schools", indicators: ["smart-campus-demo-schools"]}]},
  {id: "places", charts: [{id: "school-places", indicators: ["school-places-added"]}, {id: "schools-built", indicators: ["schools-built-or-expanded"]}]},
  {id: "governance", charts: [{id: "governance-rates", indicators: ["education-share-of-public-spending", "green-school-rate", "safe-campus-rate"]}]},
  {id: "lifelong", charts: [{id: "schooling-years", indicators: ["new-workforce-schooling-years"]}]}
];

/** The two figures the documents invite a reader to compare but that must not be. */
export const NOT_COMPARABLE: [string, string] = ["winter-sports-students", "winter-sports-visits"];
