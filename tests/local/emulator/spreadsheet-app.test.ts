import { describe, expect, expectTypeOf, it } from 'vitest';
import type { EmulatedDataValidationBuilder } from '../../../src/local/emulator/data-validation';
import type { EmulatedRange } from '../../../src/local/emulator/emulated-range';
import type { EmulatedSheet } from '../../../src/local/emulator/emulated-sheet';
import type { EmulatedSpreadsheet } from '../../../src/local/emulator/emulated-spreadsheet';
import type { EmulatedMenu, EmulatedUi } from '../../../src/local/emulator/emulated-ui';
import { Execution } from '../../../src/local/emulator/execution';
import {
  createSpreadsheetApp,
  type EmulatedSpreadsheetApp,
} from '../../../src/local/emulator/spreadsheet-app';
import { emptyWorkbook } from '../../../src/local/emulator/workbook-data';

type Range = GoogleAppsScript.Spreadsheet.Range;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type App = GoogleAppsScript.Spreadsheet.SpreadsheetApp;
type Builder = GoogleAppsScript.Spreadsheet.DataValidationBuilder;
type Ui = GoogleAppsScript.Base.Ui;
type Menu = GoogleAppsScript.Base.Menu;

describe('createSpreadsheetApp', () => {
  it('works over the given workbook and counts through the given meter', () => {
    const workbook = emptyWorkbook();
    const execution = new Execution({ kind: 'editor', workbook });
    const app = createSpreadsheetApp(workbook, execution);
    app.getActive().getSheets()[0].getRange('A1').setValue('x');
    expect(workbook.sheets[0].values).toEqual([['x']]);
    expect(execution.count('SpreadsheetApp.getActive')).toBe(1);
    expect(execution.count('Range.setValue')).toBe(1);
  });

  it('hands out a fresh data validation builder each time', () => {
    const workbook = emptyWorkbook();
    const app = createSpreadsheetApp(workbook, new Execution({ kind: 'editor', workbook }));
    expect(app.newDataValidation()).not.toBe(app.newDataValidation());
  });
});

/*
 * The emulator's classes implement `Pick<GoogleAppsScript…, …>` for the methods that return plain
 * values, so the compiler checks those signatures directly. The methods below return emulator objects
 * (a Range returns an EmulatedRange, not Google's full Range), so for them this test proves that every
 * argument list the real signature accepts is accepted by the emulator, and that the result is the
 * emulator's counterpart of the real result type.
 */
describe('the real @types/google-apps-script signatures fit the emulator', () => {
  it('SpreadsheetApp', () => {
    expectTypeOf<EmulatedSpreadsheetApp['getActive']>().returns.toEqualTypeOf<EmulatedSpreadsheet>();
    expectTypeOf<
      EmulatedSpreadsheetApp['getActiveSpreadsheet']
    >().returns.toEqualTypeOf<EmulatedSpreadsheet>();
    expectTypeOf<EmulatedSpreadsheetApp['getUi']>().returns.toEqualTypeOf<EmulatedUi>();
    expectTypeOf<
      EmulatedSpreadsheetApp['newDataValidation']
    >().returns.toEqualTypeOf<EmulatedDataValidationBuilder>();
    expectTypeOf<Parameters<App['flush']>>().toExtend<Parameters<EmulatedSpreadsheetApp['flush']>>();
  });

  it('Spreadsheet', () => {
    expectTypeOf<Parameters<Spreadsheet['getSheetByName']>>().toExtend<
      Parameters<EmulatedSpreadsheet['getSheetByName']>
    >();
    expectTypeOf<EmulatedSpreadsheet['getSheetByName']>().returns.toEqualTypeOf<EmulatedSheet | null>();
    expectTypeOf<EmulatedSpreadsheet['getSheets']>().returns.toEqualTypeOf<EmulatedSheet[]>();
    expectTypeOf<Parameters<Spreadsheet['deleteSheet']>[0]['getName']>().toExtend<EmulatedSheet['getName']>();
    expectTypeOf<Parameters<Spreadsheet['toast']>>().toExtend<Parameters<EmulatedSpreadsheet['toast']>>();
    // insertSheet's four overloads: (), (index), (name), (name, index).
    const insert = (s: EmulatedSpreadsheet) => [
      s.insertSheet(),
      s.insertSheet(0),
      s.insertSheet('a'),
      s.insertSheet('a', 0),
    ];
    expectTypeOf(insert).returns.toEqualTypeOf<EmulatedSheet[]>();
  });

  it('Sheet', () => {
    const ranges = (s: EmulatedSheet) => [
      s.getRange('A1'),
      s.getRange(1, 1),
      s.getRange(1, 1, 2),
      s.getRange(1, 1, 2, 3),
    ];
    expectTypeOf(ranges).returns.toEqualTypeOf<EmulatedRange[]>();
    for (const method of [
      'appendRow',
      'insertRowsAfter',
      'insertColumnsAfter',
      'deleteRows',
      'setFrozenRows',
    ] as const) {
      expectTypeOf<Parameters<Sheet[typeof method]>>().toExtend<Parameters<EmulatedSheet[typeof method]>>();
    }
    expectTypeOf<Parameters<Sheet['appendRow']>>().toExtend<Parameters<EmulatedSheet['appendRow']>>();
    expectTypeOf<Parameters<Sheet['setName']>>().toExtend<Parameters<EmulatedSheet['setName']>>();
    expectTypeOf<EmulatedSheet['getDataRange']>().returns.toEqualTypeOf<EmulatedRange>();
    expectTypeOf<EmulatedSheet['getParent']>().returns.toEqualTypeOf<EmulatedSpreadsheet>();
    expectTypeOf<ReturnType<EmulatedSheet['getLastRow']>>().toEqualTypeOf<ReturnType<Sheet['getLastRow']>>();
    expectTypeOf<ReturnType<EmulatedSheet['isSheetHidden']>>().toEqualTypeOf<
      ReturnType<Sheet['isSheetHidden']>
    >();
  });

  it('Range', () => {
    expectTypeOf<Parameters<Range['setValues']>>().toExtend<Parameters<EmulatedRange['setValues']>>();
    expectTypeOf<Parameters<Range['setValue']>>().toExtend<Parameters<EmulatedRange['setValue']>>();
    expectTypeOf<Parameters<Range['setFormulas']>>().toExtend<Parameters<EmulatedRange['setFormulas']>>();
    expectTypeOf<Parameters<Range['setFormula']>>().toExtend<Parameters<EmulatedRange['setFormula']>>();
    expectTypeOf<Parameters<Range['setNumberFormat']>>().toExtend<
      Parameters<EmulatedRange['setNumberFormat']>
    >();
    expectTypeOf<Parameters<Range['setNumberFormats']>>().toExtend<
      Parameters<EmulatedRange['setNumberFormats']>
    >();
    expectTypeOf<Parameters<Range['offset']>>().toExtend<Parameters<EmulatedRange['offset']>>();
    expectTypeOf<ReturnType<EmulatedRange['getValues']>>().toExtend<ReturnType<Range['getValues']>>();
    expectTypeOf<ReturnType<EmulatedRange['getDisplayValues']>>().toEqualTypeOf<
      ReturnType<Range['getDisplayValues']>
    >();
    expectTypeOf<ReturnType<EmulatedRange['getFormulas']>>().toEqualTypeOf<
      ReturnType<Range['getFormulas']>
    >();
    expectTypeOf<ReturnType<EmulatedRange['getA1Notation']>>().toEqualTypeOf<
      ReturnType<Range['getA1Notation']>
    >();
    expectTypeOf<EmulatedRange['setValues']>().returns.toEqualTypeOf<EmulatedRange>();
    expectTypeOf<EmulatedRange['clearContent']>().returns.toEqualTypeOf<EmulatedRange>();
    expectTypeOf<EmulatedRange['getSheet']>().returns.toEqualTypeOf<EmulatedSheet>();
  });

  it('DataValidationBuilder', () => {
    expectTypeOf<Parameters<Builder['requireValueInList']>>().toExtend<
      Parameters<EmulatedDataValidationBuilder['requireValueInList']>
    >();
    expectTypeOf<Parameters<Builder['requireNumberBetween']>>().toExtend<
      Parameters<EmulatedDataValidationBuilder['requireNumberBetween']>
    >();
    expectTypeOf<Parameters<Builder['setAllowInvalid']>>().toExtend<
      Parameters<EmulatedDataValidationBuilder['setAllowInvalid']>
    >();
  });

  it('Ui and Menu', () => {
    expectTypeOf<EmulatedUi['Button']>().toEqualTypeOf<Ui['Button']>();
    expectTypeOf<EmulatedUi['ButtonSet']>().toEqualTypeOf<Ui['ButtonSet']>();
    expectTypeOf<Parameters<Ui['showSidebar']>>().toExtend<Parameters<EmulatedUi['showSidebar']>>();
    expectTypeOf<Parameters<Ui['showModalDialog']>>().toExtend<Parameters<EmulatedUi['showModalDialog']>>();
    expectTypeOf<Parameters<Ui['createMenu']>>().toExtend<Parameters<EmulatedUi['createMenu']>>();
    expectTypeOf<Parameters<Menu['addItem']>>().toExtend<Parameters<EmulatedMenu['addItem']>>();
    expectTypeOf<EmulatedMenu['addSeparator']>().returns.toEqualTypeOf<EmulatedMenu>();
    expectTypeOf<ReturnType<EmulatedUi['alert']>>().toEqualTypeOf<ReturnType<Ui['alert']>>();
    const prompts = (ui: EmulatedUi) => [
      ui.prompt('p').getSelectedButton(),
      ui.prompt('p', ui.ButtonSet.YES_NO).getSelectedButton(),
      ui.prompt('t', 'p', ui.ButtonSet.OK_CANCEL).getSelectedButton(),
    ];
    expectTypeOf(prompts).returns.toEqualTypeOf<GoogleAppsScript.Base.Button[]>();
  });
});
