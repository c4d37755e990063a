// The script-tag entry imported through a bundler, as an app would.
import 'charter-explorer/embed';
