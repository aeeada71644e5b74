import type { Level } from "../schema/vocab.js";
import { BROAD_INDICATORS } from "./broad-indicators.js";

/** One canonical indicator: the ids that line the cities up. */
export interface Indicator {
  /** Stable snake_case id. */
  id: string;
  /** Canonical Chinese name. */
  zh: string;
  /** Other wordings the documents use. */
  aliases: readonly string[];
  /** English name, following the glossary. */
  en: string;
  /** Unit the indicator is stated in. */
  unit: string;
  /** What one unit counts, in English, where the unit's own name is vague (个 → "places"). */
  countsEn?: string;
  /** Other units a figure of it may be written in (所 or 个 for schools). */
  units?: readonly string[];
  /** Stage or domain; null for a broad indicator, whose rows take the level of their wording. */
  level: Level | null;
  /** What is measured. */
  definition: string;
  /** How it relates to neighbouring indicators, and what to watch when comparing. */
  comparability: string;
  /** Regular expressions (source) tested against the indicator phrase; any one matches. */
  patterns: readonly string[];
  /** When set, the section path plus sentence must also match this expression. */
  context?: string;
  /** A keyword that shows a document addresses the indicator even without a number. */
  mention?: string;
  /** Short labels for charts, when the full names are too long. */
  short?: { zh: string; en: string };
  /** Indicators of one family (the eyesight goals): a commitment row is written only when none has a figure, and line-ups point to the family's other indicators. */
  family?: string;
}

/**
 * The exact indicators, most specific first: named quantities with one definition.
 */
const EXACT_INDICATORS: readonly Indicator[] = Object.freeze([
  {
    id: "preschool_gross_enrolment_rate",
    zh: "学前教育毛入园率",
    aliases: ["毛入园率", "学前三年毛入园率"],
    en: "gross enrolment rate in pre-primary education (3 years)",
    unit: "%",
    level: "preschool",
    definition:
      "Children enrolled in kindergarten ÷ population of the official three-year age group.",
    comparability:
      "Gross rate: can exceed 100 % (Weihai's 110 %) through under- and over-age children and migrants, so a higher target is not simply 'more coverage'.",
    short: { zh: "学前教育毛入园率", en: "Pre-primary gross enrolment" },
    patterns: ["毛入园率"],
    mention: "毛入园率",
  },
  {
    id: "inclusive_kindergarten_share",
    zh: "普惠性幼儿园覆盖率",
    aliases: ["普惠性幼儿园在园幼儿占比", "普惠性幼儿园在园幼儿数占比"],
    en: "coverage of affordable (public-benefit) kindergartens",
    unit: "%",
    level: "preschool",
    definition:
      "Share of enrolled children who attend public or subsidised ('inclusive') private kindergartens with capped fees.",
    comparability:
      "普惠性幼儿园覆盖率 and 普惠性幼儿园在园幼儿占比 are the same quantity under two names.",
    short: { zh: "普惠性幼儿园覆盖率", en: "Affordable kindergarten coverage" },
    patterns: ["普惠性幼儿园(覆盖率|在园幼儿数?占比|就读比率)", "^普惠率"],
    context: "幼儿|学前|园",
    mention: "普惠性",
  },
  {
    id: "public_kindergarten_enrolment_share",
    zh: "公办幼儿园在园幼儿占比",
    aliases: ["公办园在园幼儿占比", "学前教育公办率"],
    en: "share of children enrolled in public kindergartens",
    unit: "%",
    level: "preschool",
    definition: "Children in public kindergartens ÷ all children in kindergarten.",
    comparability:
      "Yantai's annex calls the same 75 % goal 学前教育公办率. A subset of the inclusive share: inclusive = public + subsidised private.",
    short: { zh: "公办园在园幼儿占比", en: "Public kindergarten share" },
    patterns: ["公办(幼儿)?园(在园)?幼儿(数)?占比", "学前教育公办率", "^公办率"],
    context: "幼儿|学前|园",
    mention: "公办幼儿园在园幼儿占比",
  },
  {
    id: "high_quality_kindergarten_share",
    zh: "省级一类以上幼儿园占比",
    aliases: ["优质园占比", "省级一类以上优质幼儿园占比", "省级一类以上幼儿园比例"],
    en: "share of high-quality kindergartens (provincial class 1 or model)",
    unit: "%",
    level: "preschool",
    definition:
      "Kindergartens rated provincial class 1 or provincial model ÷ all kindergartens (Shandong rating).",
    comparability:
      "A Shandong rating: comparable between Weihai and Yantai, not with Guangxi's star ratings.",
    short: { zh: "优质园占比", en: "High-quality kindergarten share" },
    patterns: ["优质园", "省级一类以上"],
  },
  {
    id: "provincial_model_kindergarten_share",
    zh: "省级示范幼儿园占比",
    aliases: ["省级示范幼儿园比例"],
    en: "share of provincial model kindergartens",
    unit: "%",
    level: "preschool",
    definition: "Kindergartens rated provincial model ÷ all kindergartens.",
    comparability: "A subset of the high-quality share.",
    patterns: ["省级示范幼儿园(占比|比例)"],
  },
  {
    id: "kindergarten_teacher_ece_graduate_share",
    zh: "幼儿园学前教育专业毕业专任教师比例",
    aliases: [],
    en: "share of kindergarten teachers who graduated in early-childhood education",
    unit: "%",
    level: "teachers",
    definition:
      "Full-time kindergarten teachers with a degree in early-childhood education ÷ all of them.",
    comparability:
      "Not the certification rate: a teacher can hold a certificate without an ECE degree.",
    short: { zh: "幼儿园学前教育专业毕业教师比例", en: "Kindergarten teachers with ECE degree" },
    patterns: ["学前教育专业毕业"],
  },
  {
    id: "kindergarten_teacher_certified_rate",
    zh: "幼儿园专任教师持证率",
    aliases: ["持证上岗率", "幼儿教师持证上岗率"],
    en: "certification rate of kindergarten teachers",
    unit: "%",
    level: "teachers",
    definition: "Full-time kindergarten teachers holding a teaching certificate ÷ all of them.",
    comparability:
      "Weihai's plan states it twice (96 % in the headline indicators, 100 % in the 普及普惠 criteria).",
    short: { zh: "幼儿园教师持证率", en: "Kindergarten teacher certification" },
    patterns: ["持证(上岗)?率"],
    context: "幼儿|学前|幼儿园",
  },
  {
    id: "kindergarten_teacher_college_share",
    zh: "幼儿教师专科及以上学历比例",
    aliases: ["大专及以上学历比例", "专科及以上比例"],
    en: "share of kindergarten teachers with a junior-college degree or higher",
    unit: "%",
    level: "teachers",
    definition:
      "Kindergarten teachers with a 大专 (junior-college) qualification or higher ÷ all of them.",
    comparability: "Yantai applies it to newly hired teachers only.",
    short: { zh: "幼儿教师专科及以上比例", en: "Kindergarten teachers, college degree+" },
    patterns: ["(大专|专科)及以上"],
    context: "幼儿|学前",
  },
  {
    id: "rural_compulsory_teacher_bachelor_share",
    zh: "农村义务教育专任教师本科及以上学历比例",
    aliases: ["农村比率"],
    en: "share of rural compulsory-education full-time teachers with a bachelor's degree or higher",
    unit: "%",
    level: "teachers",
    definition:
      "Rural compulsory-education full-time teachers with a bachelor's degree or higher ÷ all of them.",
    comparability: "The rural component of compulsory_teacher_bachelor_share.",
    short: { zh: "农村教师本科及以上比例", en: "Rural teachers with bachelor's+" },
    patterns: ["^(其中)?农村"],
    context: "本科",
  },
  {
    id: "urban_rural_teacher_bachelor_ratio",
    zh: "城市与农村义务教育学校专任教师本科以上学历比例之比",
    aliases: ["市与农村义务教育学校专任教师本科以上学历比例之比"],
    en: "urban-to-rural ratio of the share of teachers with a bachelor's degree or higher",
    unit: "ratio",
    level: "teachers",
    definition:
      "Urban share ÷ rural share of compulsory-education teachers with a bachelor's degree or higher.",
    comparability: "1.0 means parity; Yantai aims at 1 from 1.07, Weihai at 1.05.",
    short: { zh: "城乡教师本科比例之比", en: "Urban/rural bachelor's ratio" },
    patterns: ["农村.*之比"],
  },
  {
    id: "compulsory_teacher_bachelor_share",
    zh: "义务教育阶段本科及以上学历专任教师比例",
    aliases: ["义务教育专任教师本科及以上学历占比"],
    en: "share of compulsory-education full-time teachers with a bachelor's degree or higher",
    unit: "%",
    level: "teachers",
    definition:
      "Compulsory-education full-time teachers with a bachelor's degree or higher ÷ all of them.",
    comparability:
      "Weihai's 2022 evaluation reports it for urban and rural schools together (城乡).",
    short: { zh: "义务教育教师本科及以上比例", en: "Teachers with bachelor's+ (compulsory)" },
    patterns: ["义务教育.*本科(及)?以上学历"],
  },
  {
    id: "upper_secondary_teacher_master_share",
    zh: "高中阶段教育专任教师中硕士研究生以上学历比例",
    aliases: [],
    en: "share of upper-secondary full-time teachers with a master's degree or higher",
    unit: "%",
    level: "teachers",
    definition:
      "Upper-secondary full-time teachers with a master's degree or higher ÷ all of them.",
    comparability: "Only Yantai states it.",
    short: { zh: "高中教师硕士及以上比例", en: "Upper-secondary teachers with master's+" },
    patterns: ["硕士"],
  },
  {
    id: "vocational_dual_qualified_teacher_share",
    zh: "职业院校“双师型”教师占专任教师比例",
    aliases: ["“双师型”教师占专任专业教师的比例"],
    en: "share of 'dual-qualified' teachers in vocational schools",
    unit: "%",
    level: "teachers",
    definition:
      "Vocational teachers holding both teaching and industry qualifications or experience ÷ teachers.",
    comparability:
      "Weihai divides by full-time teachers of specialised (专业) subjects, Yantai by all full-time teachers: Weihai's base is smaller, so its share reads higher.",
    short: { zh: "“双师型”教师比例", en: "Dual-qualified vocational teachers" },
    patterns: ['双师(型|”型|"型|”素质|素质)'],
    mention: "双师",
  },
  {
    id: "compulsory_retention_rate",
    zh: "九年义务教育巩固率",
    aliases: ["义务教育巩固率", "巩固率"],
    en: "nine-year compulsory education retention (completion) rate",
    unit: "%",
    level: "compulsory",
    definition: "Pupils completing grade 9 ÷ pupils who entered grade 1 nine years earlier.",
    comparability: "Weihai and Yantai keep it at 100 %; Guigang aims at 97 %.",
    short: { zh: "九年义务教育巩固率", en: "Compulsory retention rate" },
    patterns: ["巩固率"],
  },
  {
    id: "disabled_children_compulsory_enrolment_rate",
    zh: "残疾儿童少年义务教育入学率",
    aliases: [],
    en: "compulsory-education enrolment rate of children with disabilities",
    unit: "%",
    level: "special",
    definition: "Children with disabilities of compulsory-school age enrolled ÷ all of them.",
    comparability: "Only Weihai states it.",
    patterns: ["残疾.*入学率"],
  },
  {
    id: "between_school_variation_compliance_rate",
    zh: "校际差异系数达标率",
    aliases: [],
    en: "share of counties meeting the between-school variation coefficient standard",
    unit: "%",
    level: "compulsory",
    definition:
      "Share meeting the national thresholds on the 7 resource indicators' between-school variation coefficients.",
    comparability: "A compliance rate, not a coefficient.",
    patterns: ["差异系数达标率"],
  },
  {
    id: "between_school_variation_coefficient",
    zh: "校际差异系数",
    aliases: [],
    en: "between-school variation coefficient",
    unit: "ratio",
    level: "compulsory",
    definition:
      "Coefficient of variation across schools of the 7 resource indicators (lower is more equal).",
    comparability: "National thresholds are 0.50 for primary and 0.45 for lower-secondary schools.",
    patterns: ["差异系数(?!达标)"],
  },
  {
    id: "upper_secondary_gross_enrolment_rate",
    zh: "高中阶段毛入学率",
    aliases: ["高中阶段教育毛入学率"],
    en: "gross enrolment rate in upper-secondary education",
    unit: "%",
    level: "high_school",
    definition: "Students in general and vocational senior secondary ÷ population aged 15–17.",
    comparability: "Gross rate: can exceed 100 %.",
    short: { zh: "高中阶段毛入学率", en: "Upper-secondary gross enrolment" },
    patterns: ["高中阶段.*毛入学率", "^毛入学率"],
    context: "高中阶段",
  },
  {
    id: "higher_education_gross_enrolment_rate",
    zh: "高等教育毛入学率",
    aliases: [],
    en: "gross enrolment rate in higher education",
    unit: "%",
    level: "higher",
    definition: "Students in higher education ÷ population aged 18–22.",
    comparability:
      "Only Guigang states it; Yantai gives higher-education enrolment as a head count.",
    short: { zh: "高等教育毛入学率", en: "Higher-education gross enrolment" },
    patterns: ["高等教育毛入学率"],
  },
  {
    id: "compulsory_enrolment",
    zh: "九年义务教育在校生",
    aliases: [],
    en: "students enrolled in compulsory education",
    unit: "人",
    level: "compulsory",
    definition: "Head count of students in compulsory education.",
    comparability: "A size, not a rate: compare with population.",
    patterns: ["在校生"],
    context: "义务教育",
  },
  {
    id: "upper_secondary_enrolment",
    zh: "高中阶段教育在校生",
    aliases: [],
    en: "students enrolled in upper-secondary education",
    unit: "人",
    level: "high_school",
    definition: "Head count of students in general and vocational upper-secondary education.",
    comparability: "A size, not a rate.",
    patterns: ["在校生"],
    context: "高中阶段",
  },
  {
    id: "higher_education_enrolment",
    zh: "高等教育在校生",
    aliases: ["园区在校生"],
    en: "students enrolled in higher education",
    unit: "人",
    level: "higher",
    definition: "Head count of students in higher-education institutions.",
    comparability: "Guigang counts only the Xijiang Education Park; Yantai the whole city.",
    patterns: ["在校生"],
    context: "高等教育|教育园区",
  },
  {
    id: "myopia_rate_annual_reduction_pp",
    zh: "近视率每年下降百分点",
    aliases: ["近视率年度降低", "近视率每年降低"],
    en: "annual fall in the myopia rate (percentage points)",
    unit: "个百分点",
    level: "health",
    definition:
      "Fall in the overall myopia rate of children and adolescents from one year to the next.",
    comparability:
      "A rate of change, not a level. Weihai's 2022 evaluation writes 每年降低1%, meaning the 1 percentage point of its plan.",
    short: { zh: "近视率年降幅", en: "Myopia: annual fall" },
    patterns: ["近视率.*(每年|年度|逐年).*(下降|降低)"],
    mention: "近视率",
    family: "myopia",
  },
  {
    id: "poor_vision_rate_annual_reduction_pp",
    zh: "视力不良率每年下降百分点",
    aliases: [],
    en: "annual fall in the poor-vision rate (percentage points)",
    unit: "个百分点",
    level: "health",
    definition: "Fall in the rate of poor vision (any cause) from one year to the next.",
    comparability:
      "Poor vision (视力不良) is broader than myopia: not the same indicator as the myopia rate.",
    family: "myopia",
    patterns: ["视力不良率.*(每年|年度).*(下降|降低)"],
  },
  {
    id: "myopia_rate_age6",
    zh: "6岁儿童近视率",
    aliases: [],
    en: "myopia rate of 6-year-olds",
    unit: "%",
    level: "health",
    definition: "Share of six-year-old children with myopia.",
    comparability: "A level, by age group; national 2030 goal is about 3 %.",
    family: "myopia",
    patterns: ["6岁儿童近视率"],
  },
  {
    id: "myopia_rate_primary",
    zh: "小学生近视率",
    aliases: [],
    en: "myopia rate of primary pupils",
    unit: "%",
    level: "health",
    definition: "Share of primary pupils with myopia.",
    comparability: "A level, by school stage.",
    family: "myopia",
    patterns: ["小学生近视率"],
  },
  {
    id: "myopia_rate_lower_secondary",
    zh: "初中生近视率",
    aliases: [],
    en: "myopia rate of lower-secondary students",
    unit: "%",
    level: "health",
    definition: "Share of lower-secondary students with myopia.",
    comparability: "A level, by school stage.",
    family: "myopia",
    patterns: ["初中生近视率"],
  },
  {
    id: "myopia_rate_upper_secondary",
    zh: "高中阶段学生近视率",
    aliases: [],
    en: "myopia rate of upper-secondary students",
    unit: "%",
    level: "health",
    definition: "Share of upper-secondary students with myopia.",
    comparability: "A level, by school stage.",
    family: "myopia",
    patterns: ["高中.*近视率"],
  },
  {
    id: "physical_health_excellent_rate",
    zh: "学生体质健康优良率",
    aliases: ["体质健康优良率"],
    en: "share of students rated good or excellent in the national physical-fitness standard",
    unit: "%",
    level: "health",
    definition: "Students rated 良好 or 优秀 in the 国家学生体质健康标准 test ÷ students tested.",
    comparability: "Not the pass rate (合格率), which also counts 及格.",
    short: { zh: "体质健康优良率", en: "Fitness: good or excellent" },
    patterns: ["体质健康(标准)?(测试)?优良率"],
    mention: "体质健康",
    family: "physical_health",
  },
  {
    id: "physical_health_pass_rate",
    zh: "学生体质健康合格率",
    aliases: ["合格率"],
    en: "share of students passing the national physical-fitness standard",
    unit: "%",
    level: "health",
    definition:
      "Students rated pass or better in the national physical-fitness standard ÷ students tested.",
    comparability: "Broader than the good-or-excellent rate.",
    family: "physical_health",
    patterns: ["^合格率", "体质健康(标准)?(测试)?合格率"],
    context: "体质健康",
  },
  {
    id: "school_health_staff_rate",
    zh: "学校卫生专业技术人员配备率",
    aliases: [],
    en: "staffing rate of school health professionals",
    unit: "%",
    level: "health",
    definition: "Schools with the required health professionals ÷ schools.",
    comparability: "Only Weihai states it.",
    patterns: ["卫生专业技术人员配备率"],
  },
  {
    id: "vocational_school_standard_compliance_rate",
    zh: "中职学校办学条件达标率",
    aliases: ["达标率"],
    en: "share of secondary vocational schools meeting the national standard for school conditions",
    unit: "%",
    level: "vocational",
    definition:
      "Secondary vocational schools meeting the national 办学条件 standard ÷ all of them.",
    comparability:
      "Weihai states staged milestones (80 % in 2023, 90 % in 2024, all schools by 2025).",
    short: { zh: "中职学校达标率", en: "Vocational schools up to standard" },
    patterns: ["达标率"],
    context: "中职学校",
  },
  {
    id: "rural_school_pairing_coverage",
    zh: "乡村学校结对共建覆盖率",
    aliases: [],
    en: "share of rural schools paired with an urban school",
    unit: "%",
    level: "compulsory",
    definition:
      "Rural schools in a partnership (结对共建) with a high-quality urban school ÷ rural schools.",
    comparability: "Only Weihai states it (60 % in 2023, 80 % in 2024, full coverage in 2025).",
    short: { zh: "乡村学校结对覆盖率", en: "Rural schools paired with urban schools" },
    patterns: ["结对共建覆盖率"],
  },
  {
    id: "green_school_coverage",
    zh: "绿色学校覆盖率",
    aliases: [],
    en: "coverage of green schools",
    unit: "%",
    level: "facilities",
    definition: "Schools certified as green schools ÷ schools.",
    comparability: "Only Weihai states it.",
    patterns: ["绿色学校覆盖率"],
  },
  {
    id: "smart_campus_coverage",
    zh: "智慧校园覆盖率",
    aliases: [],
    en: "coverage of smart campuses",
    unit: "%",
    level: "digital",
    definition: "Schools meeting the smart-campus standard ÷ schools.",
    comparability: "Standards differ by province.",
    short: { zh: "智慧校园覆盖率", en: "Smart-campus coverage" },
    patterns: ["智慧校园覆盖率"],
  },
  {
    id: "new_labour_force_schooling_years",
    zh: "新增劳动力平均受教育年限",
    aliases: [],
    en: "average years of schooling of new entrants to the labour force",
    unit: "年",
    level: "other",
    definition: "Mean years of schooling of people entering the labour force in the year.",
    comparability: "Not the working-age population's figure, which is lower.",
    patterns: ["新增劳动力[^，。；]{0,8}受教育年限"],
  },
  {
    id: "new_labour_force_higher_education_share",
    zh: "新增劳动力受过高等教育比例",
    aliases: [],
    en: "share of new entrants to the labour force with higher education",
    unit: "%",
    level: "higher",
    definition:
      "New entrants to the labour force who completed higher education ÷ all new entrants.",
    comparability: "A national five-year-plan indicator; cities rarely publish its source.",
    patterns: ["新增劳动力[^，。；]{0,8}高等教育"],
  },
  {
    id: "population_schooling_years",
    zh: "15岁及以上人口平均受教育年限",
    aliases: ["人均受教育年限"],
    en: "average years of schooling of the population aged 15 and over",
    unit: "年",
    level: "other",
    definition: "Mean years of schooling of residents aged 15 and over (census or sample survey).",
    comparability: "The age group differs from the working-age figure (16–59).",
    patterns: ["15岁[^，。；]{0,12}受教育年限", "人均受教育年限"],
  },
  {
    id: "working_age_schooling_years",
    zh: "劳动年龄人口平均受教育年限",
    aliases: [],
    en: "average years of schooling of the working-age population",
    unit: "年",
    level: "other",
    definition: "Mean years of schooling of people aged 16–59.",
    comparability: "Only Yantai states it.",
    short: { zh: "平均受教育年限", en: "Years of schooling (working age)" },
    patterns: ["平均受教育年限"],
  },
  {
    id: "teacher_rotation_share",
    zh: "教师交流轮岗比例",
    aliases: [],
    en: "share of teachers rotating between schools each year",
    unit: "%",
    level: "teachers",
    definition: "Teachers who move school in a year ÷ teachers (Weihai: ÷ teachers due to rotate).",
    comparability: "Weihai's 2019 base is 'teachers due to rotate', Yantai's 'all teachers'.",
    patterns: ["交流轮岗"],
  },
  {
    id: "new_public_kindergartens",
    zh: "新建公办幼儿园数",
    aliases: ["新建和投入使用公办幼儿园", "新增公办幼儿园"],
    en: "new public kindergartens",
    unit: "所",
    countsEn: "kindergartens",
    level: "preschool",
    definition: "Public kindergartens newly built (or newly opened) over the plan period.",
    comparability:
      "Weihai counts kindergartens built and opened in 2023–2025, Guigang new builds to 2023 (besides 54 expansions), Yantai new public kindergartens by any means, purchase and lease included (处).",
    short: { zh: "新建公办幼儿园", en: "New public kindergartens" },
    patterns: ["(新建|新增).*公办幼儿园$", "^新建和投入使用公办幼儿园"],
  },
  {
    id: "teacher_training_person_times",
    zh: "教师培训人次",
    aliases: ["培训教师人次"],
    en: "teacher training attendances (person-times)",
    unit: "人次",
    level: "teachers",
    definition:
      "Training attendances of teachers (and principals); one person trained twice counts twice.",
    comparability:
      "Per year in Weihai (6 000 rural teachers a year in 2023–2025; 30 000 in 2019), cumulative to 2023 in Guigang (30 000): compare per year.",
    short: { zh: "教师培训人次", en: "Teacher training (person-times)" },
    patterns: ["培训.*(教师|校长)|(教师|校长).*培训"],
  },
  {
    id: "education_spending_growth",
    zh: "财政教育投入增长",
    aliases: ["教育经费比上年增长"],
    en: "growth of public education spending",
    unit: "%",
    level: "finance",
    definition: "Year-on-year growth of public (fiscal) spending on education.",
    comparability: "Yantai's 10 % is an annual average for the city level only.",
    patterns: ["(财政)?教育(投入|经费).*增长"],
  },
  {
    id: "new_school_places",
    zh: "新增学位",
    aliases: [],
    en: "new school places",
    unit: "个",
    countsEn: "places",
    level: "facilities",
    definition: "School places (seats) added by new or expanded schools.",
    comparability: "Check the stage: some counts are kindergarten places only.",
    patterns: ["学位"],
  },
]);

/**
 * The canonical indicator vocabulary: the exact indicators, then the broad ones
 * (`broad-indicators.ts`); the first whose pattern, context and unit fit a phrase gives its id.
 */
export const INDICATORS: readonly Indicator[] = Object.freeze([
  ...EXACT_INDICATORS,
  ...BROAD_INDICATORS,
]);

const compiled = INDICATORS.map((ind) => ({
  ind,
  patterns: ind.patterns.map((p) => new RegExp(p)),
  context: ind.context ? new RegExp(ind.context) : null,
}));

/**
 * The canonical indicator a phrase names, given its context.
 * @param phrase The indicator as written (e.g. "毛入园率").
 * @param context Section path and sentence, for phrases that need it (巩固率 under 义务教育).
 * @param unit When given, the figure's unit: an indicator stated in another unit is passed over.
 * @returns The indicator, or undefined.
 * @example matchIndicator("毛入园率", "")?.id // "preschool_gross_enrolment_rate"
 */
export function matchIndicator(
  phrase: string,
  context: string,
  unit?: string | null,
): Indicator | undefined {
  for (const { ind, patterns, context: ctx } of compiled) {
    if (unit !== undefined && !fitsUnit(ind, unit)) continue;
    if (!patterns.some((p) => p.test(phrase))) continue;
    if (ctx && !ctx.test(phrase) && !ctx.test(context)) continue;
    return ind;
  }
  return undefined;
}

/**
 * Looks an indicator up by id.
 * @param id An indicator id.
 * @returns The indicator, or undefined.
 * @example indicatorById("compulsory_retention_rate")?.en
 */
export function indicatorById(id: string): Indicator | undefined {
  return BY_ID.get(id);
}

const BY_ID = new Map<string, Indicator>(INDICATORS.map((i) => [i.id, i]));
const BROAD_IDS = new Set(BROAD_INDICATORS.map((i) => i.id));

/**
 * Whether an indicator is a broad family (`broad-indicators.ts`) rather than an exact indicator.
 * @param id An indicator id.
 * @returns True for a broad family.
 * @example isBroadIndicator("new_schools_built") // true
 */
export function isBroadIndicator(id: string): boolean {
  return BROAD_IDS.has(id);
}

/**
 * Whether a figure's unit fits an indicator: its own unit or one of its other units.
 * @param ind The indicator.
 * @param written The figure's unit.
 * @returns True when they agree.
 * @example fitsUnit(indicatorById("new_schools_built")!, "个") // true
 */
export function fitsUnit(ind: Indicator, written: string | null): boolean {
  return unitsAgree(ind.unit, written) || (written !== null && (ind.units ?? []).includes(written));
}

/**
 * Whether the unit a figure is written in fits an indicator's unit (所 and 处 both count sites;
 * a change in % may be one in percentage points).
 * @param expected The indicator's unit.
 * @param written The figure's unit.
 * @returns True when they agree.
 * @example unitsAgree("所", "处") // true
 */
export function unitsAgree(expected: string, written: string | null): boolean {
  if (written === expected) return true;
  // Facilities are counted in 所 or 处.
  if (expected === "所" && written === "处") return true;
  if (expected === "个百分点" && written === "%") return true;
  return false;
}
