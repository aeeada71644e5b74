/**
 * Sectors of public policy that mixed documents (government work reports, statistics bulletins,
 * five-year outlines, social-affairs summaries) put beside education. Only education figures
 * become rows; a figure whose own words, clause, sentence or section name another sector goes to
 * the audit with that sector.
 */

/** Words that make a stretch of text about education (schools, pupils, teachers, places). */
export const EDUCATION_WORDS =
  /教育|学校|学生|幼儿|学前|入园|入学|学位|教师|校长|师资|名师|招生|在校生|毕业生|中小学|小学|初中|高中|中职|高职|职校|院校|高校|大学|学院|课后服务|双减|培训机构|学科类|校外培训|课程|教学|校园|校舍|班额|大班|升学|高考|中考|特教|随班就读|研学|德育|思政|普职比|普惠率|公办率|普惠性(?:幼儿园|学位|民办|资源)|公办园|示范园|幼儿园|体质健康|近视|专业群|专业(?!化|技术|人员|合作社|机构|服务)|高水平专业|示范专业|特色专业|专业点|师范专业|实训|技能大赛|产教融合|教改|督导|办学|学段|义务教育|自学考试|考试|毕业证书|专科|普通话|受教育|教研|书香|读书|托管|教职工|教育系统/;

/**
 * Phrases with 教育 or 学 that belong to other sectors: party education, publicity, training
 * of officials. They are taken out before education words are looked for.
 */
export const NOT_EDUCATION_PHRASES =
  /警示教育|党纪学习教育|学习教育|理想信念教育|主题教育|专题教育|廉政教育|廉洁教育|普法教育|宣传教育|形势任务教育|批评教育|谈话提醒|学历专业要求|专业要求|婴幼儿|以案促改|教育基地|教育馆|中心组学习|学习活动|学习贯彻|学原文|医学|学会|学科带头/g;

/** Other sectors, each with the words that name it. Checked in order. */
export const OTHER_SECTORS: readonly { id: string; en: string; words: RegExp }[] = Object.freeze([
  {
    id: "party",
    en: "party building and discipline",
    words:
      /党组|党员|党支部|支部|党建|党纪|党风|廉政|纪工委|纪委|巡察|意识形态|第一议题|从严治党|党务|述职|党政纪|问责|信访|舆情|网评员/,
  },
  {
    id: "elderly_care",
    en: "elderly care and funerals",
    words: /养老|老年人|老人|护理型|敬老|殡葬|殡仪|治丧|长者/,
  },
  {
    id: "administration",
    en: "the bureau's own administration and legal affairs",
    words:
      /诉讼|合同|法律顾问|承诺书|宗教|决策制度|内部审计|依法行政|行政执法|形式主义|借用人员|发文数量|学法/,
  },
  {
    id: "health",
    en: "health care",
    words:
      /医院|医疗|医保|医师|医生|卫生院|卫生服务|卫生健康|卫健|床位|病种|疾病|患者|高血压|糖尿病|健保|药品|药械|集采|耗材|公共卫生|疫苗|急救|诊疗|家庭医生|妇幼|传染病|住院|门诊|健康管理|签约率|孕产|人均预期寿命/,
  },
  {
    id: "childcare",
    en: "childcare (0–3)",
    words: /托育|托位|婴幼儿照护|3岁以下|三岁以下/,
  },
  {
    id: "employment",
    en: "employment and social insurance",
    words:
      /就业(?!率)|失业|社保|三支一扶|人力资源社会保障|补贴性职业技能培训|养老保险|参保|工伤|欠薪|治欠|稳岗|创业担保|劳动者|社会保险|劳动关系|人社|职工/,
  },
  {
    id: "civil_affairs",
    en: "social assistance and veterans",
    words:
      /低保|救助|特困|优抚|抚恤|退役军人|退役|拥军|驻军|驻岛部队|涉军|双拥|民政|社会组织|慈善|残疾人|困难群众|婚姻|殡葬/,
  },
  {
    id: "economy",
    en: "economy and public finance",
    words:
      /生产总值|GDP|增加值|工业|农业|固定资产|消费品|零售|贸易|进出口|外资|外商|财政收入|公共预算收入|税收|存款|贷款|金融|企业|产业(?!学院)|旅游|游客|港口|口岸|航线|渔港|商品房|房地产|物流|货物|旅客|电力|粮食|水产|可支配收入|居民收入|消费价格|招商|营商|自贸|台资|对台/,
  },
  {
    id: "environment",
    en: "environment and infrastructure",
    words:
      /森林|空气|水质|污水|垃圾|碳达峰|碳中和|能源|生态|水资源|火灾|停车|车位|道路|公路|公园|基站|光缆|宽带|视频探头|管网|供水|燃气|公交|河道|海域|绿地|造林|耕地|灌溉/,
  },
  {
    id: "culture_sport",
    en: "culture, tourism and public sport",
    words:
      /博物馆|图书馆|文物|文化馆|体育场馆|全民健身|健身路径|运动场|篮球场|足球场|乒乓|体育彩票|赛事|演出|电影|广播电视/,
  },
  {
    id: "population",
    en: "population",
    words: /常住人口|户籍人口|出生人数|出生人口|人口出生|总人口|人口总数/,
  },
  {
    id: "science",
    en: "science and technology",
    words:
      /研究与试验发展|科学技术|R&D|专利|高新技术|研发|科技|技术研究|实验室|众创|星创|特派员|商标|检验检测|计量|国家标准|行业标准|地方标准|气象|地震|雷达|观测站|观测台/,
  },
]);

/** Words in a document's title or issuer that make it an education document. */
export const EDUCATION_DOCUMENT = /教育|学校|双减|幼儿|学前|教改|学位|中小学|教师|职业院校|高校/;
