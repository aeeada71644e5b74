/**
 * Numbers that are not figures because of where they stand: the metadata lines of a web page
 * (page furniture) and set phrases and policy names that hold numerals (十四五, 一校一案).
 */

/** Words of a web page's or archive's metadata lines (发布时间, 索引号, 标题:, 原始链接). */
export const FURNITURE_LINE =
  /(标题:|原始链接|来源:|栏目:|本地目录|文号:|发布机构|阅读次数|点击次数|浏览次数|发布时间|发布日期|成文日期|索引号|信息来源|当前位置|字号|打印本页|Produced By|时间:|日期:|有效性)/;
/** Set phrases and policy names that hold numerals: not quantities. */
export const IDIOMS = [
  "十四五",
  "十三五",
  "二十大",
  "十九大",
  "十九届",
  "三位一体",
  "五位一体",
  "四位一体",
  "五育",
  "五唯",
  "五项管理",
  "十项准则",
  "三重一大",
  "四风",
  "三教",
  "三预一跟",
  "三融三行",
  "一体三翼",
  "千亿",
  "百校行",
  "百万工匠",
  "一校一案",
  "一校一品",
  "一校多品",
  "一园一策",
  "一岗双责",
  "一师一优课",
  "一课一名师",
  "一次办好",
  "两县",
  "两项教育费附加",
  "两项教育附加",
  "两个只增不减",
  "四名工程",
  "四个工程",
  "三个课堂",
  "三级",
  "两级",
  "八项规定",
  "千亿级",
];

/** Lines longer than this are body text, never metadata, whatever words they hold. */
export const FURNITURE_MAX_LINE = 160;

/** An evaluation's own activity: the schools it visited, the questionnaires it sent out. */
export const INSPECTION_WORDS =
  /察看|查阅|座谈会|调查问卷|问卷|抽查|走访|访谈|听取|随机抽取|实地核查|个别访谈/;

/** Words after a figure that make it a requirement cited as a yardstick (未达到5%的规定要求). */
export const REQUIREMENT_AFTER = /^的?[\u4e00-\u9fff]{0,2}?(规定|标准)?要求/;

/** Words before "1" that make it a standing norm, one per unit (每个乡镇至少办好1所, 按…人口设置1所). */
export const ONE_PER_BEFORE = /(每|按)[^,;。]{0,14}$/;

/** Words before a number that make it a rubric's weight (所占分值3分), not a figure. */
export const WEIGHT_BEFORE = /(分值|权重|满分|赋分)[^,;。\d]{0,4}$/;

/** Words after a threshold that it defines (56人以上大班额): a qualifier, not a figure. */
export const DEFINES_AFTER = /^(以上|及以上)?的?(超)?大班额/;
