"""assay.api"""
