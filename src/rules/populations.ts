/**
 * Words that narrow whom a figure counts: rural teachers, public kindergartens, key teachers,
 * class teachers. Two figures of one indicator whose wordings name different groups are not the
 * same quantity (6,000 training attendances of rural teachers against 60,000 of all staff), so
 * plan versus outcome shows them side by side instead of judging.
 */
export const POPULATION_WORDS: readonly { id: string; en: string; words: RegExp }[] = Object.freeze(
  [
    { id: "rural", en: "rural", words: /乡村|农村|乡镇/ },
    { id: "urban", en: "urban", words: /城区|城镇|城市|主城区/ },
    { id: "public", en: "public", words: /公办/ },
    { id: "private", en: "private", words: /民办/ },
    { id: "affordable", en: "affordable (public-benefit)", words: /普惠/ },
    { id: "key", en: "key or master teachers", words: /骨干|名师|学科带头人/ },
    { id: "new_staff", en: "newly hired", words: /新任|新入职|新招聘|新进/ },
    { id: "class_teachers", en: "class teachers", words: /班主任/ },
    { id: "principals", en: "principals and cadres", words: /校长|干部|中层/ },
    { id: "all_staff", en: "all staff", words: /全员/ },
    { id: "special_needs", en: "special needs", words: /特殊教育|特教|残疾|随班就读/ },
    { id: "migrant", en: "migrant children", words: /随迁子女|外来务工/ },
    { id: "disadvantaged", en: "from poor families", words: /家庭经济困难|建档立卡|脱贫/ },
  ],
);

/**
 * The groups a wording names.
 * @param wording The words of a figure (its clause up to the number).
 * @returns The ids of the groups named, in the order of {@link POPULATION_WORDS}.
 * @example populationsOf("每年培训乡村中小学教师") // ["rural"]
 */
export function populationsOf(wording: string): string[] {
  return POPULATION_WORDS.filter((p) => p.words.test(wording)).map((p) => p.id);
}
