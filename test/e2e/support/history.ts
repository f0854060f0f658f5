// The history as the extension keeps it (IndexedDB in the extension's origin), read or cleared from `inExtension`.

/** `(api, clear)`: every stored entry, or clears them all when `clear` is true. */
export const HISTORY_IN_DATABASE = `(api, clear) => new Promise((resolve, reject) => {
  const open = indexedDB.open('rolelens-history', 1);
  open.onupgradeneeded = () => open.result.createObjectStore('entries', { keyPath: 'key' }).createIndex('time', 'time');
  open.onerror = () => reject(open.error);
  open.onsuccess = () => {
    const store = open.result.transaction('entries', clear ? 'readwrite' : 'readonly').objectStore('entries');
    const request = clear ? store.clear() : store.getAll();
    request.onerror = () => reject(request.error);
    request.onsuccess = () => {
      open.result.close();
      resolve(clear ? [] : request.result);
    };
  };
})`;
