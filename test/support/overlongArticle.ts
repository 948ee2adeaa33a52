/*
 * An article whose analysis takes far longer than the few seconds of budget
 * the tests give: 2 MB of one-clause quotes (about 130,000 sentences with a
 * reporting verb), about 25 s on one free core, though every stage is linear.
 */
export const overlongArticle = `Reporters were told\n\n${'"Yes," he said. '.repeat(130_000)}`;
