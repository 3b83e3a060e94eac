// Apps Script adapter of the KeyValueStore port: the document's properties.
/// <reference types="google-apps-script" />
import type { KeyValueStore } from '../app/ports';

/** The KeyValueStore port over PropertiesService.getDocumentProperties(). */
export class PropertiesKeyValueStore implements KeyValueStore {
  private readonly properties = PropertiesService.getDocumentProperties();

  get(key: string): string | null {
    return this.properties.getProperty(key);
  }

  /** Stores a value; throws Apps Script's quota error past 9 KB per value or 500 KB in all. */
  set(key: string, value: string): void {
    this.properties.setProperty(key, value);
  }

  delete(key: string): void {
    this.properties.deleteProperty(key);
  }
}
