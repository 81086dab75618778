"""assay.queue"""
