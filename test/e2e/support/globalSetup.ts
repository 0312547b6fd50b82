/** Packs the built package once for every n8n under test to install (npm run build ran before). */
import { packPackage } from './package';

export default function globalSetup() {
	process.env.E2E_TARBALL = packPackage();
}
