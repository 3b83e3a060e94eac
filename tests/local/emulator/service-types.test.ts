// Type tests: the emulated services still fit the parts of @types/google-apps-script the project uses.
import { describe, expectTypeOf, it } from 'vitest';
import type { EmulatedCache, EmulatedCacheService } from '../../../src/local/emulator/cache-service';
import type {
  EmulatedDataValidation,
  EmulatedDataValidationBuilder,
} from '../../../src/local/emulator/data-validation';
import type {
  EmulatedEmbeddedChart,
  EmulatedEmbeddedChartBuilder,
} from '../../../src/local/emulator/emulated-chart';
import type { EmulatedFilter } from '../../../src/local/emulator/emulated-filter';
import type { EmulatedRange } from '../../../src/local/emulator/emulated-range';
import type { EmulatedSheet } from '../../../src/local/emulator/emulated-sheet';
import type { EmulatedSpreadsheet } from '../../../src/local/emulator/emulated-spreadsheet';
import type {
  EmulatedMenu,
  EmulatedPromptResponse,
  EmulatedUi,
} from '../../../src/local/emulator/emulated-ui';
import type {
  EmulatedHtmlOutput,
  EmulatedHtmlService,
  EmulatedHtmlTemplate,
} from '../../../src/local/emulator/html-service';
import type { EmulatedLock, EmulatedLockService } from '../../../src/local/emulator/lock-service';
import type { EmulatedConsole, EmulatedLogger } from '../../../src/local/emulator/logger';
import type { EmulatedMailApp } from '../../../src/local/emulator/mail-app';
import type {
  EmulatedProperties,
  EmulatedPropertiesService,
} from '../../../src/local/emulator/properties-service';
import type {
  EmulatedClockTriggerBuilder,
  EmulatedScriptApp,
  EmulatedSpreadsheetTriggerBuilder,
  EmulatedTrigger,
} from '../../../src/local/emulator/script-app';
import type { EmulatedSession } from '../../../src/local/emulator/session';
import type { EmulatedSpreadsheetApp } from '../../../src/local/emulator/spreadsheet-app';
import type { EmulatedBlob, EmulatedUtilities } from '../../../src/local/emulator/utilities';

type GAS = typeof GoogleAppsScript;
type Fn = (...args: never[]) => unknown;

/** True when `Ours`, returned where Apps Script returns `Real`, is one of the declared stand-in pairs. */
type StandsIn<Ours, Real, Pairs> = Pairs extends [infer O, infer R]
  ? [Ours] extends [O]
    ? [O] extends [Ours]
      ? [Real] extends [R]
        ? true
        : never
      : never
    : never
  : never;

type ReturnFits<Ours, Real, Pairs> = [StandsIn<Ours, Real, Pairs>] extends [never]
  ? [Ours] extends [Real]
    ? true
    : false
  : true;

/**
 * For every member of `Ours` that Apps Script also has: a call the real signature allows is allowed by
 * ours (its last overload's parameters fit; other overloads are checked with toBeCallableWith below),
 * and what ours returns is what the real one returns or its declared stand-in (`Pairs`). Constants
 * (enums) must be assignable. `true` when everything fits, `boolean` or `false` when something does not.
 */
type Fits<Ours, Real, Pairs = never> = {
  [K in keyof Ours]: K extends keyof Real
    ? Ours[K] extends Fn
      ? Real[K] extends Fn
        ? Parameters<Real[K]> extends Parameters<Ours[K]>
          ? ReturnFits<ReturnType<Ours[K]>, ReturnType<Real[K]>, Pairs>
          : false
        : false
      : [Ours[K]] extends [Real[K]]
        ? true
        : false
    : true;
}[keyof Ours];

describe('the Fits check', () => {
  it('rejects a parameter, return or constant that does not fit', () => {
    type Properties = GoogleAppsScript.Properties.Properties;
    expectTypeOf<Fits<{ getProperty(key: number): string | null }, Properties>>().toEqualTypeOf<false>();
    expectTypeOf<Fits<{ getKeys(): number[] }, Properties>>().toEqualTypeOf<false>();
    expectTypeOf<Fits<{ deleteProperty(key: string): void }, Properties>>().toEqualTypeOf<false>();
    expectTypeOf<
      Fits<{ Charset: { UTF_8: 'x' } }, GoogleAppsScript.Utilities.Utilities>
    >().toEqualTypeOf<false>();
    expectTypeOf<
      Fits<{ getProperty(key: string): string | null; extra(): void }, Properties>
    >().toEqualTypeOf<true>();
  });
});

describe('emulated services fit @types/google-apps-script', () => {
  it('SpreadsheetApp, Spreadsheet, Sheet, Range and data validation', () => {
    type Pairs =
      | [EmulatedSpreadsheet, GoogleAppsScript.Spreadsheet.Spreadsheet]
      | [EmulatedSheet, GoogleAppsScript.Spreadsheet.Sheet]
      | [EmulatedSheet[], GoogleAppsScript.Spreadsheet.Sheet[]]
      | [EmulatedSheet | null, GoogleAppsScript.Spreadsheet.Sheet | null]
      | [EmulatedRange, GoogleAppsScript.Spreadsheet.Range]
      | [EmulatedDataValidation, GoogleAppsScript.Spreadsheet.DataValidation]
      | [EmulatedDataValidation | null, GoogleAppsScript.Spreadsheet.DataValidation | null]
      | [EmulatedDataValidationBuilder, GoogleAppsScript.Spreadsheet.DataValidationBuilder]
      | [EmulatedUi, GoogleAppsScript.Base.Ui]
      | [EmulatedFilter, GoogleAppsScript.Spreadsheet.Filter]
      | [EmulatedFilter | null, GoogleAppsScript.Spreadsheet.Filter | null]
      | [EmulatedEmbeddedChart, GoogleAppsScript.Spreadsheet.EmbeddedChart]
      | [EmulatedEmbeddedChart[], GoogleAppsScript.Spreadsheet.EmbeddedChart[]]
      | [EmulatedEmbeddedChartBuilder, GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder]
      | [EmulatedEmbeddedChartBuilder, GoogleAppsScript.Spreadsheet.EmbeddedAreaChartBuilder]
      | [EmulatedEmbeddedChartBuilder, GoogleAppsScript.Spreadsheet.EmbeddedBarChartBuilder]
      | [EmulatedEmbeddedChartBuilder, GoogleAppsScript.Spreadsheet.EmbeddedColumnChartBuilder]
      | [EmulatedEmbeddedChartBuilder, GoogleAppsScript.Spreadsheet.EmbeddedLineChartBuilder]
      | [EmulatedEmbeddedChartBuilder, GoogleAppsScript.Spreadsheet.EmbeddedPieChartBuilder]
      | [EmulatedEmbeddedChartBuilder, GoogleAppsScript.Spreadsheet.EmbeddedScatterChartBuilder];
    expectTypeOf<
      Fits<Omit<EmulatedSpreadsheetApp, 'CopyPasteType'>, GoogleAppsScript.Spreadsheet.SpreadsheetApp, Pairs>
    >().toEqualTypeOf<true>();
    // An enum in Google's typings, an object of the same names here.
    expectTypeOf<keyof EmulatedSpreadsheetApp['CopyPasteType']>().toEqualTypeOf<
      keyof typeof GoogleAppsScript.Spreadsheet.CopyPasteType
    >();
    // Members left out of Fits below take one of the emulator's own objects (a real Sheet is not an
    // EmulatedSheet), or have overloads the project does not use (Fits compares the last overload
    // only); each is checked with the calls the adapters make instead.
    expectTypeOf<
      Fits<
        Omit<EmulatedSpreadsheet, 'insertSheet' | 'deleteSheet' | 'setActiveSheet'>,
        GoogleAppsScript.Spreadsheet.Spreadsheet,
        Pairs
      >
    >().toEqualTypeOf<true>();
    expectTypeOf<
      Fits<
        Omit<EmulatedSheet, 'getRange' | 'clear' | 'copyTo' | 'insertChart' | 'removeChart'>,
        GoogleAppsScript.Spreadsheet.Sheet,
        Pairs
      >
    >().toEqualTypeOf<true>();
    expectTypeOf<
      Fits<
        Omit<EmulatedEmbeddedChartBuilder, 'addRange'>,
        GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder,
        Pairs
      >
    >().toEqualTypeOf<true>();
    expectTypeOf<Fits<EmulatedFilter, GoogleAppsScript.Spreadsheet.Filter, Pairs>>().toEqualTypeOf<true>();
    expectTypeOf<
      Fits<
        Omit<EmulatedRange, 'clear' | 'setDataValidation' | 'copyTo'>,
        GoogleAppsScript.Spreadsheet.Range,
        Pairs
      >
    >().toEqualTypeOf<true>();
    expectTypeOf<
      Fits<
        Omit<EmulatedDataValidationBuilder, 'requireCheckbox'>,
        GoogleAppsScript.Spreadsheet.DataValidationBuilder,
        Pairs
      >
    >().toEqualTypeOf<true>();
    expectTypeOf<
      Fits<EmulatedDataValidation, GoogleAppsScript.Spreadsheet.DataValidation, Pairs>
    >().toEqualTypeOf<true>();
    expectTypeOf<EmulatedSheet['getRange']>().toBeCallableWith('A1:B2');
    expectTypeOf<EmulatedSheet['getRange']>().toBeCallableWith(1, 2);
    expectTypeOf<EmulatedSheet['getRange']>().toBeCallableWith(1, 2, 3);
    expectTypeOf<EmulatedSheet['getRange']>().toBeCallableWith(1, 2, 3, 4);
    expectTypeOf<ReturnType<EmulatedSheet['getRange']>>().toEqualTypeOf<EmulatedRange>();
    expectTypeOf<EmulatedSheet['clear']>().toBeCallableWith();
    expectTypeOf<EmulatedSheet['copyTo']>().toBeCallableWith({} as EmulatedSpreadsheet);
    expectTypeOf<EmulatedSpreadsheet['insertSheet']>().toBeCallableWith();
    expectTypeOf<EmulatedSpreadsheet['insertSheet']>().toBeCallableWith('Customers');
    expectTypeOf<EmulatedSpreadsheet['insertSheet']>().toBeCallableWith(0);
    expectTypeOf<EmulatedSpreadsheet['insertSheet']>().toBeCallableWith('Customers', 0);
    expectTypeOf<EmulatedSpreadsheet['deleteSheet']>().toBeCallableWith({} as EmulatedSheet);
    expectTypeOf<EmulatedSpreadsheet['toast']>().toBeCallableWith('Done');
    expectTypeOf<EmulatedSpreadsheet['toast']>().toBeCallableWith('Done', 'Solo CRM', 5);
    expectTypeOf<EmulatedRange['clear']>().toBeCallableWith();
    expectTypeOf<EmulatedRange['setDataValidation']>().toBeCallableWith({} as EmulatedDataValidation);
    expectTypeOf<EmulatedRange['setDataValidation']>().toBeCallableWith(null);
    expectTypeOf<EmulatedRange['setValues']>().toBeCallableWith([[1, 'a', new Date(), true, '']]);
    expectTypeOf<EmulatedDataValidationBuilder['requireCheckbox']>().toBeCallableWith();
  });

  it('Ui, Menu and PromptResponse', () => {
    type Pairs =
      | [EmulatedMenu, GoogleAppsScript.Base.Menu]
      | [EmulatedPromptResponse, GoogleAppsScript.Base.PromptResponse];
    expectTypeOf<Fits<EmulatedUi, GoogleAppsScript.Base.Ui, Pairs>>().toEqualTypeOf<true>();
    // addSubMenu takes the emulator's own menu object.
    expectTypeOf<
      Fits<Omit<EmulatedMenu, 'addSubMenu'>, GoogleAppsScript.Base.Menu, Pairs>
    >().toEqualTypeOf<true>();
    expectTypeOf<EmulatedMenu['addSubMenu']>().toBeCallableWith({} as EmulatedMenu);
    expectTypeOf<
      Fits<EmulatedPromptResponse, GoogleAppsScript.Base.PromptResponse, Pairs>
    >().toEqualTypeOf<true>();
    expectTypeOf<EmulatedUi['alert']>().toBeCallableWith('Saved');
    expectTypeOf<EmulatedUi['alert']>().toBeCallableWith('Sure?', {} as GoogleAppsScript.Base.ButtonSet);
    expectTypeOf<EmulatedUi['prompt']>().toBeCallableWith('Customer ID?');
    expectTypeOf<EmulatedUi['Button']>().toEqualTypeOf<typeof GoogleAppsScript.Base.Button>();
  });

  it('PropertiesService and Properties', () => {
    type Pairs = [EmulatedProperties, GoogleAppsScript.Properties.Properties];
    expectTypeOf<
      Fits<EmulatedProperties, GoogleAppsScript.Properties.Properties, Pairs>
    >().toEqualTypeOf<true>();
    expectTypeOf<
      Fits<EmulatedPropertiesService, GoogleAppsScript.Properties.PropertiesService, Pairs>
    >().toEqualTypeOf<true>();
    expectTypeOf<EmulatedProperties['setProperties']>().toBeCallableWith({ a: '1' });
  });

  it('CacheService and Cache are the real types', () => {
    expectTypeOf<EmulatedCache>().toEqualTypeOf<GoogleAppsScript.Cache.Cache>();
    expectTypeOf<Fits<EmulatedCacheService, GoogleAppsScript.Cache.CacheService>>().toEqualTypeOf<true>();
  });

  it('LockService and Lock (getDocumentLock may be null, as the reference says and the types omit)', () => {
    expectTypeOf<EmulatedLock>().toEqualTypeOf<GoogleAppsScript.Lock.Lock>();
    type Pairs = [EmulatedLock | null, GoogleAppsScript.Lock.Lock];
    expectTypeOf<Fits<EmulatedLockService, GoogleAppsScript.Lock.LockService, Pairs>>().toEqualTypeOf<true>();
  });

  it('MailApp is the real type, every overload included', () => {
    expectTypeOf<EmulatedMailApp>().toEqualTypeOf<GoogleAppsScript.Mail.MailApp>();
    expectTypeOf<EmulatedMailApp['sendEmail']>().toBeCallableWith('a@example.com', 's', 'b');
    expectTypeOf<EmulatedMailApp['sendEmail']>().toBeCallableWith({ to: 'a@example.com', subject: 's' });
  });

  it('ScriptApp, trigger builders and Trigger', () => {
    type Pairs =
      | [ReturnType<EmulatedScriptApp['newTrigger']>, GoogleAppsScript.Script.TriggerBuilder]
      | [EmulatedClockTriggerBuilder, GoogleAppsScript.Script.ClockTriggerBuilder]
      | [EmulatedSpreadsheetTriggerBuilder, GoogleAppsScript.Script.SpreadsheetTriggerBuilder]
      | [EmulatedTrigger, GoogleAppsScript.Script.Trigger]
      | [EmulatedTrigger[], GoogleAppsScript.Script.Trigger[]]
      // Service's other members are deprecated.
      | [ReturnType<EmulatedScriptApp['getService']>, GoogleAppsScript.Script.Service];
    expectTypeOf<Fits<EmulatedScriptApp, GoogleAppsScript.Script.ScriptApp, Pairs>>().toEqualTypeOf<true>();
    expectTypeOf<
      Fits<ReturnType<EmulatedScriptApp['newTrigger']>, GoogleAppsScript.Script.TriggerBuilder, Pairs>
    >().toEqualTypeOf<true>();
    expectTypeOf<
      Fits<EmulatedClockTriggerBuilder, GoogleAppsScript.Script.ClockTriggerBuilder, Pairs>
    >().toEqualTypeOf<true>();
    expectTypeOf<
      Fits<EmulatedSpreadsheetTriggerBuilder, GoogleAppsScript.Script.SpreadsheetTriggerBuilder, Pairs>
    >().toEqualTypeOf<true>();
    // getTriggerSourceId returns null for clock triggers, which the types do not say.
    expectTypeOf<
      Fits<Omit<EmulatedTrigger, 'getTriggerSourceId'>, GoogleAppsScript.Script.Trigger>
    >().toEqualTypeOf<true>();
    expectTypeOf<ReturnType<EmulatedScriptApp['newTrigger']>['forSpreadsheet']>().toBeCallableWith(
      {} as GoogleAppsScript.Spreadsheet.Spreadsheet,
    );
    expectTypeOf<EmulatedScriptApp['getUserTriggers']>().toBeCallableWith(
      {} as GoogleAppsScript.Spreadsheet.Spreadsheet,
    );
    expectTypeOf<EmulatedScriptApp['deleteTrigger']>().toBeCallableWith(
      {} as GoogleAppsScript.Script.Trigger,
    );
    expectTypeOf<EmulatedScriptApp['EventType']>().toEqualTypeOf<GAS['Script']['EventType']>();
  });

  it('HtmlService, HtmlOutput and HtmlTemplate', () => {
    type Pairs =
      | [EmulatedHtmlOutput, GoogleAppsScript.HTML.HtmlOutput]
      | [EmulatedHtmlTemplate, GoogleAppsScript.HTML.HtmlTemplate];
    expectTypeOf<Fits<EmulatedHtmlService, GoogleAppsScript.HTML.HtmlService, Pairs>>().toEqualTypeOf<true>();
    expectTypeOf<Fits<EmulatedHtmlOutput, GoogleAppsScript.HTML.HtmlOutput, Pairs>>().toEqualTypeOf<true>();
    type TemplateMethods = 'evaluate' | 'getCode' | 'getCodeWithComments' | 'getRawContent';
    expectTypeOf<
      Fits<
        Pick<EmulatedHtmlTemplate, TemplateMethods>,
        Pick<GoogleAppsScript.HTML.HtmlTemplate, TemplateMethods>,
        Pairs
      >
    >().toEqualTypeOf<true>();
    expectTypeOf<EmulatedHtmlService['createHtmlOutput']>().toBeCallableWith();
  });

  it('Session', () => {
    type Pairs = [Pick<GoogleAppsScript.Base.User, 'getEmail'>, GoogleAppsScript.Base.User];
    expectTypeOf<Fits<EmulatedSession, GoogleAppsScript.Base.Session, Pairs>>().toEqualTypeOf<true>();
  });

  it('Utilities and Blob', () => {
    type Pairs = [EmulatedBlob, GoogleAppsScript.Base.Blob];
    expectTypeOf<
      Fits<EmulatedUtilities, GoogleAppsScript.Utilities.Utilities, Pairs>
    >().toEqualTypeOf<true>();
    expectTypeOf<Fits<EmulatedBlob, GoogleAppsScript.Base.Blob, Pairs>>().toEqualTypeOf<true>();
    expectTypeOf<EmulatedUtilities['newBlob']>().toBeCallableWith('text');
    expectTypeOf<EmulatedUtilities['computeHmacSha256Signature']>().toBeCallableWith([1, 2], [3]);
  });

  it('Logger and console', () => {
    type Pairs = [EmulatedLogger, GoogleAppsScript.Base.Logger];
    expectTypeOf<Fits<EmulatedLogger, GoogleAppsScript.Base.Logger, Pairs>>().toEqualTypeOf<true>();
    expectTypeOf<EmulatedLogger['log']>().toBeCallableWith({ any: 'value' });
    expectTypeOf<Fits<EmulatedConsole, Console>>().toEqualTypeOf<true>();
  });
});
