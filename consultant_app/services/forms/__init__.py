"""What the forms share: field lists, parsers and errors, drafts."""
