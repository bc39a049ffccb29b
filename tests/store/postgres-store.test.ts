import { describe } from 'vitest';
import { gapContract } from './contract-gaps.js';
import { instanceContract } from './contract-instances.js';
import { keyContract } from './contract-keys.js';
import { meetingContract } from './contract-meetings.js';
import { shareContract } from './contract-shares.js';
import { postgresPlace } from './store-places.js';

describe('the Postgres store', () => {
  meetingContract(postgresPlace);
  shareContract(postgresPlace);
  gapContract(postgresPlace);
  keyContract(postgresPlace);
  instanceContract(postgresPlace);
});
