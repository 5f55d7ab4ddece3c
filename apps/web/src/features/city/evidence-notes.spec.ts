import { checkEvidenceNote, noteMarksOf, notesOfYear } from './evidence-notes';

describe('evidence note marks', () => {
  it('marks each year of the chart that has notes, with how many', () => {
    const notes = [{ year: 2019 }, { year: 2022 }, { year: 2019 }, { year: 2030 }];
    expect(noteMarksOf([2018, 2019, 2020, 2021, 2022], notes)).toEqual([
      { index: 1, year: 2019, count: 2 },
      { index: 4, year: 2022, count: 1 },
    ]);
    expect(noteMarksOf([2018, 2019], [])).toEqual([]);
  });

  it('lists the notes of one year', () => {
    const notes = [
      { year: 2019, id: 1 },
      { year: 2022, id: 2 },
      { year: 2019, id: 3 },
    ];
    expect(notesOfYear(notes, 2019).map((note) => note.id)).toEqual([1, 3]);
  });
});

describe('checkEvidenceNote', () => {
  it('sends a trimmed note, and no link when the field is empty', () => {
    expect(checkEvidenceNote({ year: ' 2022 ', text: '  Centres opened  ', link: ' ' }, 'SDG_4_3_1')).toEqual(
      {
        ok: true,
        request: { indicator: 'SDG_4_3_1', year: 2022, text: 'Centres opened', link: null },
      },
    );
  });

  it('names each field with its problem', () => {
    expect(checkEvidenceNote({ year: '22', text: '', link: 'www.example.org' }, 'SDG_4_3_1')).toEqual({
      ok: false,
      errors: {
        year: { code: 'year_invalid', values: { min: 2000, max: 2100 } },
        text: { code: 'text_empty', values: {} },
        link: { code: 'link_not_web', values: {} },
      },
    });
    const tooLong = checkEvidenceNote({ year: '2022', text: 'x'.repeat(501), link: '' }, 'SDG_4_3_1');
    expect(tooLong).toEqual({
      ok: false,
      errors: { text: { code: 'text_too_long', values: { length: 501, max: 500 } } },
    });
  });
});
