const { src, dest, parallel } = require('gulp');

// gulp 5 reads files as UTF-8 unless told otherwise, which corrupts binary icons.
const copy = (glob, to) => () => src(glob, { encoding: false }).pipe(dest(to));

exports['build:icons'] = parallel(
	copy('nodes/**/*.{png,svg}', 'dist/nodes'),
	copy('credentials/**/*.{png,svg}', 'dist/credentials'),
);
