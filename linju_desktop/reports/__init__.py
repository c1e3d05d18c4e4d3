"""Printed outputs: what each says (Qt-free builders), one renderer, one workbook writer."""
