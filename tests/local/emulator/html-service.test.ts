import { describe, expect, it } from 'vitest';
import { createHtmlService, ProjectFiles } from '../../../src/local/emulator/html-service';
import { TestMeter } from './test-meter';

// Behaviour: developers.google.com/apps-script/guides/html/templates (scriptlets, template variables,
// the include pattern) and reference/html/html-output. The missing-file message is the one Apps Script
// throws, as quoted in public project READMEs.

const files = new ProjectFiles({
  Sidebar: '<h1>Sidebar</h1>',
  Style: '<style>b { color: red }</style>',
  Page: '<html><?!= include("Style") ?><p><?= greeting ?>, <?= name ?></p></html>',
});

describe('HtmlOutput', () => {
  it('builds content and keeps its settings', () => {
    const html = createHtmlService(files, new TestMeter());
    const output = html
      .createHtmlOutput('<p>a</p>')
      .append('<p>b</p>')
      .appendUntrusted('<script>x</script>')
      .setTitle('Solo CRM')
      .setWidth(300)
      .setHeight(600)
      .setFaviconUrl('https://example.com/icon.png')
      .addMetaTag('viewport', 'width=device-width')
      .setXFrameOptionsMode(html.XFrameOptionsMode.ALLOWALL)
      .setSandboxMode(html.SandboxMode.IFRAME);
    expect(output.getContent()).toBe('<p>a</p><p>b</p>&lt;script&gt;x&lt;/script&gt;');
    expect([output.getTitle(), output.getWidth(), output.getHeight(), output.getFaviconUrl()]).toEqual([
      'Solo CRM',
      300,
      600,
      'https://example.com/icon.png',
    ]);
    expect(output.getMetaTags().map((t) => [t.getName(), t.getContent()])).toEqual([
      ['viewport', 'width=device-width'],
    ]);
    expect(output.xFrameOptionsMode).toBe(html.XFrameOptionsMode.ALLOWALL);
    expect(output.sandboxMode).toBe(html.SandboxMode.IFRAME);
    expect(output.setContent('new').getContent()).toBe('new');
    expect(output.clear().getContent()).toBe('');
  });

  it('meters every call along a chain', () => {
    const meter = new TestMeter();
    createHtmlService(files, meter).createHtmlOutput('x').setTitle('t').setWidth(300).getContent();
    expect(meter.calls).toEqual([
      'HtmlService.createHtmlOutput',
      'HtmlOutput.setTitle',
      'HtmlOutput.setWidth',
      'HtmlOutput.getContent',
    ]);
  });

  it('reads project files with or without .html and reports a missing one', () => {
    const html = createHtmlService(files, new TestMeter());
    expect(html.createHtmlOutputFromFile('Sidebar').getContent()).toBe('<h1>Sidebar</h1>');
    expect(html.createHtmlOutputFromFile('Sidebar.html').getContent()).toBe('<h1>Sidebar</h1>');
    expect(() => html.createHtmlOutputFromFile('Missing')).toThrow('No HTML file named Missing was found.');
    expect(() => html.createTemplateFromFile('Missing')).toThrow('No HTML file named Missing was found.');
  });
});

describe('HtmlTemplate', () => {
  it('prints escaped and raw values and runs code scriptlets', () => {
    const html = createHtmlService(files, new TestMeter());
    const template = html.createTemplate(
      '<ul><? for (var i = 0; i < items.length; i++) { ?><li><?= items[i] ?></li><? } ?></ul><?!= raw ?><?= missing ?>',
    );
    template.items = ['a&b', '<i>'];
    template.raw = '<b>bold</b>';
    template.missing = null;
    expect(template.evaluate().getContent()).toBe('<ul><li>a&amp;b</li><li>&lt;i&gt;</li></ul><b>bold</b>');
  });

  it('lets scriptlets append to output and tolerates a trailing semicolon', () => {
    const html = createHtmlService(files, new TestMeter());
    const template = html.createTemplate('<? output.append("<hr>"); ?><?= n * 2; ?>');
    template.n = 21;
    expect(template.evaluate().getContent()).toBe('<hr>42');
  });

  it('supports the include pattern through the script globals', () => {
    const meter = new TestMeter();
    const globals = {
      include: (name: string) => html.createHtmlOutputFromFile(name).getContent(),
    };
    const html = createHtmlService(files, meter, { globals });
    const template = html.createTemplateFromFile('Page');
    template.greeting = 'Hello';
    template.name = 'Ada <3';
    expect(template.evaluate().getContent()).toBe(
      '<html><style>b { color: red }</style><p>Hello, Ada &lt;3</p></html>',
    );
    expect(meter.calls).toEqual([
      'HtmlService.createTemplateFromFile',
      'HtmlTemplate.evaluate',
      'HtmlService.createHtmlOutputFromFile',
      'HtmlOutput.getContent',
      'HtmlOutput.getContent',
    ]);
  });

  it('keeps the raw source and exposes the compiled code', () => {
    const html = createHtmlService(files, new TestMeter());
    const template = html.createTemplate('a<?= b ?>');
    expect(template.getRawContent()).toBe('a<?= b ?>');
    expect(template.getCode()).toBe('output.append("a");\n__print(b);');
    expect(html.createHtmlOutput('<?= 1 + 1 ?>').asTemplate().evaluate().getContent()).toBe('2');
  });

  it('surfaces errors from scriptlets and unterminated scriptlets', () => {
    const html = createHtmlService(files, new TestMeter());
    expect(() => html.createTemplate('<?= notDefined ?>').evaluate()).toThrow(ReferenceError);
    expect(() => html.createTemplate('<?= open').evaluate()).toThrow('Unterminated scriptlet');
  });
});
