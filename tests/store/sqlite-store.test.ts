import { describe } from 'vitest';
import { gapContract } from './contract-gaps.js';
import { instanceContract } from './contract-instances.js';
import { keyContract } from './contract-keys.js';
import { meetingContract } from './contract-meetings.js';
import { shareContract } from './contract-shares.js';
import { sqlitePlace } from './store-places.js';

describe('the SQLite store', () => {
  meetingContract(sqlitePlace);
  shareContract(sqlitePlace);
  gapContract(sqlitePlace);
  keyContract(sqlitePlace);
  instanceContract(sqlitePlace);
});
